// A string table section (.strtab for symbol names, .shstrtab for section names).
//
// Consumes names through add(); produces NUL-terminated UTF-8 strings after a leading NUL, so
// offset 0 is the empty name. Equal names share one entry. All add() calls happen before
// finalize(), which fixes the size.
//
//   add("main"); add("puts"); add("main")  ->  "\0main\0puts\0", offsets 1, 6, 1

import { Chunk } from "./chunk.js";
import { SHT } from "./consts.js";

const utf8 = new TextEncoder();

export class StringTableChunk extends Chunk {
  private readonly offsets = new Map<string, number>([["", 0]]);
  private readonly pieces: Uint8Array[] = [new Uint8Array(1)];
  private length = 1;

  constructor(name: string) {
    super(name);
    this.shdr.type = SHT.STRTAB;
  }

  /** Adds `s` if new and returns its offset. */
  add(s: string): number {
    const known = this.offsets.get(s);
    if (known !== undefined) return known;
    if (s.includes("\0")) throw new Error(`name ${JSON.stringify(s)} contains a NUL byte`);
    const bytes = utf8.encode(s + "\0");
    const offset = this.length;
    this.offsets.set(s, offset);
    this.pieces.push(bytes);
    this.length += bytes.length;
    return offset;
  }

  /** The offset of a string already added. */
  offsetOf(s: string): number {
    const offset = this.offsets.get(s);
    if (offset === undefined) throw new Error(`internal: ${JSON.stringify(s)} is not in ${this.name}`);
    return offset;
  }

  finalize(): void {
    this.shdr.size = this.length;
  }

  write(out: Uint8Array): void {
    let at = 0;
    for (const piece of this.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
  }
}
