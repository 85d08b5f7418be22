// Types for the parts of elfy (an untyped CommonJS ELF parser) that read.ts uses.
// Caution: for ELF64, elfy reads sh_addralign and sh_entsize from the wrong offsets; read.ts
// takes those two fields from the raw section header table instead.
declare module "elfy" {
  interface ElfySection {
    name: string;
    /** Lower-case sh_type name ("progbits", "nobits", "rela", ...), or the number if unknown. */
    type: string | number;
    /** sh_flags as a set of lower-case names: { alloc: true, execinstr: true }. */
    flags: Record<string, boolean>;
    off: number;
    size: number;
    link: number;
    info: number;
    /** The file bytes at off..off+size (meaningless for nobits). */
    data: Buffer;
  }
  interface ElfyFile {
    class: string;
    endian: string;
    /** "rel", "exec", "dyn", ... */
    type: string;
    /** "amd64" for EM_X86_64. */
    machine: string;
    shoff: number;
    shentsize: number;
    shstrndx: number;
    body: { sections: ElfySection[] };
  }
  const elfy: { parse(buf: Buffer): ElfyFile };
  export default elfy;
}
