// Liveness of virtual registers over an LFunction's control-flow graph (blocks may loop).
//
// Consumes: an LFunction whose terminators name existing blocks (verify.ts checks that
// first). Produces: for each block, the vregs live on entry and on exit, as bitsets indexed
// by vreg id. Classic backward dataflow iterated to a fixed point; LIR is not SSA, so a
// block's upward-exposed uses are the ones read before any write in that block.
//
//   b0: %0:g = movi 1; jmp b1          liveOut(b0) = {%0}
//   b1: %1:g = add %0:g, 1; ret ...    liveIn(b1) = {%0}

import type { BlockId, LFunction } from "./lir.js";
import { defs, successors, uses } from "./ops.js";

/** A fixed-size set of small non-negative integers. */
export class BitSet {
  readonly words: Uint32Array;
  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }
  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  delete(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }
  fill(): this {
    this.words.fill(0xffffffff);
    return this;
  }
  /** this |= other & ~minus; returns whether this changed. */
  unionMinus(other: BitSet, minus?: BitSet): boolean {
    let changed = false;
    for (let w = 0; w < this.words.length; w++) {
      const next = (this.words[w] | (other.words[w] & ~(minus ? minus.words[w] : 0))) >>> 0;
      if (next !== this.words[w]) {
        this.words[w] = next;
        changed = true;
      }
    }
    return changed;
  }
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.size; i++) if (this.has(i)) yield i;
  }
}

export interface Liveness {
  liveIn: Map<BlockId, BitSet>;
  liveOut: Map<BlockId, BitSet>;
}

export function liveness(f: LFunction): Liveness {
  const n = f.nextVReg;
  const upward = new Map<BlockId, BitSet>();
  const written = new Map<BlockId, BitSet>();
  for (const b of f.blocks) {
    const use = new BitSet(n);
    const def = new BitSet(n);
    for (const inst of b.insts) {
      for (const v of uses(inst)) if (!def.has(v.id)) use.add(v.id);
      for (const v of defs(inst)) def.add(v.id);
    }
    upward.set(b.id, use);
    written.set(b.id, def);
  }

  const liveIn = new Map(f.blocks.map((b) => [b.id, new BitSet(n)]));
  const liveOut = new Map(f.blocks.map((b) => [b.id, new BitSet(n)]));
  let changed = true;
  while (changed) {
    changed = false;
    // Reverse layout order converges quickly: most edges point forward.
    for (let k = f.blocks.length - 1; k >= 0; k--) {
      const b = f.blocks[k];
      const out = liveOut.get(b.id)!;
      const last = b.insts[b.insts.length - 1];
      for (const s of (last && successors(last)) ?? []) out.unionMinus(liveIn.get(s)!);
      const inn = liveIn.get(b.id)!;
      if (inn.unionMinus(upward.get(b.id)!)) changed = true;
      if (inn.unionMinus(out, written.get(b.id)!)) changed = true;
    }
  }
  return { liveIn, liveOut };
}
