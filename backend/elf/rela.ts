// .rela<section>: the relocations against one content section, as Elf64_Rela entries.
//
// Consumes the section's validated relocations and the symbol table (for symbol indices
// after sorting). Produces entries sorted by offset, as GNU as does, so dumps read in
// address order. sh_link is .symtab, sh_info the section patched (hence SHF_INFO_LINK).
//
//   { section: ".text", offset: 9, type: "R_X86_64_PLT32", symbol: "puts", addend: -4 }
//   -> .rela.text: r_offset 9, r_info (index of puts << 32) | 4, r_addend -4

import { Chunk, view } from "./chunk.js";
import { RELA_SIZE, SHF, SHT } from "./consts.js";
import type { ObjReloc } from "./object.js";
import { RELOC_TYPES } from "./reloc-types.js";
import type { SymtabChunk } from "./symtab.js";

export class RelaChunk extends Chunk {
  private readonly relocs: ObjReloc[];

  constructor(readonly target: Chunk, relocs: readonly ObjReloc[], private readonly symtab: SymtabChunk) {
    super(`.rela${target.name}`);
    this.relocs = [...relocs].sort((a, b) => a.offset - b.offset);
    this.shdr.type = SHT.RELA;
    this.shdr.flags = SHF.INFO_LINK;
    this.shdr.addralign = 8;
    this.shdr.entsize = RELA_SIZE;
  }

  finalize(): void {
    this.shdr.size = this.relocs.length * RELA_SIZE;
    this.shdr.link = this.symtab.index;
    this.shdr.info = this.target.index;
  }

  write(out: Uint8Array): void {
    const v = view(out);
    this.relocs.forEach((r, i) => {
      const at = i * RELA_SIZE;
      const info = (BigInt(this.symtab.indexOf(r.symbol)) << 32n) | BigInt(RELOC_TYPES[r.type].number);
      v.setBigUint64(at, BigInt(r.offset), true);
      v.setBigUint64(at + 8, info, true);
      v.setBigInt64(at + 16, BigInt(r.addend), true);
    });
  }
}
