// Sections whose bytes come from the code generator (.text, .data, .rodata, .bss), and the
// empty .note.GNU-stack marker.
//
// Consumes an ObjSection; produces its bytes unchanged (the linker applies the relocations).
// .bss is SHT_NOBITS: its size is data.length and nothing is written to the file.
//
//   { name: ".text", kind: "text", data: [b8 2a 00 00 00 c3], align: 16 }
//   -> [ 1] .text PROGBITS size 6, flags AX, align 16

import { Chunk } from "./chunk.js";
import { SECTION_KINDS, SHT } from "./consts.js";
import type { ObjSection } from "./object.js";

export class ContentChunk extends Chunk {
  constructor(readonly section: ObjSection) {
    super(section.name);
    const kind = SECTION_KINDS[section.kind];
    this.shdr.type = kind.type;
    this.shdr.flags = kind.flags;
    this.shdr.addralign = section.align;
  }

  finalize(): void {
    this.shdr.size = this.section.data.length;
  }

  write(out: Uint8Array): void {
    if (this.shdr.type !== SHT.NOBITS) out.set(this.section.data);
  }
}

/** An empty, non-executable .note.GNU-stack: without it GNU ld assumes the object needs an
 *  executable stack, warns, and marks the whole program's stack executable. */
export class GnuStackNoteChunk extends Chunk {
  constructor() {
    super(".note.GNU-stack");
    this.shdr.type = SHT.PROGBITS;
  }

  finalize(): void {}

  write(): void {}
}
