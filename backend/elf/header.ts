// The ELF header (Elf64_Ehdr) of a relocatable x86-64 object.
//
// Consumes the section header table chunk and .shstrtab (for e_shoff, e_shnum, e_shstrndx,
// which are known after layout); produces the 64-byte header. A relocatable object has no
// program headers and no entry point, so those fields stay 0.
//
//   -> 7f 45 4c 46 02 01 01 00 ...  ELF64, little-endian, ET_REL, EM_X86_64

import { Chunk, view } from "./chunk.js";
import { EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, ELFOSABI_SYSV, EM_X86_64, ET_REL, EV_CURRENT, SHDR_SIZE } from "./consts.js";
import type { SectionTableChunk } from "./section-table.js";
import type { StringTableChunk } from "./strtab.js";

export class ElfHeaderChunk extends Chunk {
  constructor(private readonly table: SectionTableChunk, private readonly shstrtab: StringTableChunk) {
    super("");
    this.shdr.addralign = 8;
  }

  finalize(): void {
    this.shdr.size = EHDR_SIZE;
  }

  write(out: Uint8Array): void {
    const v = view(out);
    out.set([0x7f, 0x45, 0x4c, 0x46, ELFCLASS64, ELFDATA2LSB, EV_CURRENT, ELFOSABI_SYSV]);
    v.setUint16(16, ET_REL, true);
    v.setUint16(18, EM_X86_64, true);
    v.setUint32(20, EV_CURRENT, true);
    v.setBigUint64(40, BigInt(this.table.shdr.offset), true); // e_shoff
    v.setUint16(52, EHDR_SIZE, true); // e_ehsize
    v.setUint16(58, SHDR_SIZE, true); // e_shentsize
    v.setUint16(60, this.table.count(), true); // e_shnum
    v.setUint16(62, this.shstrtab.index, true); // e_shstrndx
  }
}
