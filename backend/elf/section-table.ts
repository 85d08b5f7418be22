// The section header table: one Elf64_Shdr per section, after the all-zero entry 0.
//
// Consumes the section chunks in index order (sections[i].index === i + 1); produces their
// finalized headers. sh_addr stays 0: nothing has an address in a relocatable object.
//
//   [.text, .symtab, ...] -> entry 0 zeros, entry 1 .text's shdr, entry 2 .symtab's shdr, ...

import { Chunk, view } from "./chunk.js";
import { SHDR_SIZE } from "./consts.js";

export class SectionTableChunk extends Chunk {
  constructor(readonly sections: readonly Chunk[]) {
    super("");
    this.shdr.addralign = 8;
  }

  /** Entries including the null entry 0. */
  count(): number {
    return this.sections.length + 1;
  }

  finalize(): void {
    this.shdr.size = this.count() * SHDR_SIZE;
  }

  write(out: Uint8Array): void {
    const v = view(out);
    for (const chunk of this.sections) {
      const at = chunk.index * SHDR_SIZE;
      const h = chunk.shdr;
      v.setUint32(at, h.name, true);
      v.setUint32(at + 4, h.type, true);
      v.setBigUint64(at + 8, BigInt(h.flags), true);
      v.setBigUint64(at + 24, BigInt(h.offset), true);
      v.setBigUint64(at + 32, BigInt(h.size), true);
      v.setUint32(at + 40, h.link, true);
      v.setUint32(at + 44, h.info, true);
      v.setBigUint64(at + 48, BigInt(h.addralign), true);
      v.setBigUint64(at + 56, BigInt(h.entsize), true);
    }
  }
}
