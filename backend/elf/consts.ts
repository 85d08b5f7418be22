// ELF64 numbers the writer needs, as named tables (System V gABI and the x86-64 psABI).
// Nothing else in backend/elf spells a raw ELF number.
//
//   SHT.NOBITS           -> 8
//   SECTION_KINDS.rodata -> { type: SHT.PROGBITS, flags: SHF.ALLOC }

export const EHDR_SIZE = 64;
export const SHDR_SIZE = 64;
export const SYM_SIZE = 24;
export const RELA_SIZE = 24;

export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
export const ELFOSABI_SYSV = 0;
export const ET_REL = 1;
export const EM_X86_64 = 62;

export const SHT = {
  NULL: 0,
  PROGBITS: 1,
  SYMTAB: 2,
  STRTAB: 3,
  RELA: 4,
  NOBITS: 8,
} as const;

export const SHF = {
  WRITE: 0x1,
  ALLOC: 0x2,
  EXECINSTR: 0x4,
  INFO_LINK: 0x40,
} as const;

/** Section indices with a special meaning in st_shndx. */
export const SHN = {
  UNDEF: 0,
  /** First reserved index; real sections must stay below it (we never emit SHT_SYMTAB_SHNDX). */
  LORESERVE: 0xff00,
  ABS: 0xfff1,
} as const;

export const STB = { LOCAL: 0, GLOBAL: 1 } as const;
export const STT = { NOTYPE: 0, OBJECT: 1, FUNC: 2, SECTION: 3, FILE: 4, TLS: 6 } as const;
export const STV_DEFAULT = 0;

/** How each kind of content section looks in the section header. */
export const SECTION_KINDS = {
  text: { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR },
  data: { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE },
  rodata: { type: SHT.PROGBITS, flags: SHF.ALLOC },
  bss: { type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE },
} as const;
