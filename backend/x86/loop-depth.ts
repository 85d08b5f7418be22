// Loop nesting depth of each block of an LFunction, for the register allocator's cost model
// (a call outside a value's loops is cheaper to save around than to keep the value out of
// caller-saved registers).
//
// Consumes an LFunction whose terminators name existing blocks. Produces, per block id, the
// number of natural loops containing it (0 outside loops and for unreachable blocks).
// Dominators by the iterative algorithm of Cooper, Harvey and Kennedy over reverse
// postorder; an edge t -> h is a back edge when h dominates t, and its loop is h plus every
// block that reaches t without passing h. A jump to an earlier block in layout is not enough:
// error blocks laid out last jump back to a shared traceback block without forming a loop.
//
//   b0: jmp b1                     depth(b0) = 0
//   b1: br lt %0:g, %1:g ? b2 : b3 depth(b1) = 1 (header)
//   b2: jmp b1                     depth(b2) = 1 (back edge b2 -> b1)
//   b3: ret ...                    depth(b3) = 0

import type { BlockId, LFunction } from "../../compiler/lir/lir.js";
import { successors } from "../../compiler/lir/ops.js";

export function loopDepths(f: LFunction): Map<BlockId, number> {
  const succs = new Map(f.blocks.map((b) => [b.id, successors(b.insts[b.insts.length - 1]) ?? []]));
  const preds = new Map<BlockId, BlockId[]>(f.blocks.map((b) => [b.id, []]));
  for (const [b, ss] of succs) for (const s of ss) preds.get(s)!.push(b);

  // Reverse postorder from the entry, iteratively (functions can be thousands of blocks).
  const order: BlockId[] = [];
  const seen = new Set<BlockId>([f.blocks[0].id]);
  const stack: { block: BlockId; next: number }[] = [{ block: f.blocks[0].id, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const ss = succs.get(top.block)!;
    if (top.next < ss.length) {
      const s = ss[top.next++];
      if (!seen.has(s)) {
        seen.add(s);
        stack.push({ block: s, next: 0 });
      }
    } else {
      order.push(top.block);
      stack.pop();
    }
  }
  order.reverse();
  const rpo = new Map(order.map((b, k) => [b, k]));

  // Dominators over rpo numbers: idom[n] is the rpo number of n's immediate dominator.
  const idom: number[] = [0];
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (a > b) a = idom[a];
      while (b > a) b = idom[b];
    }
    return a;
  };
  const predNums = order.map((b) => preds.get(b)!.flatMap((p) => (rpo.has(p) ? [rpo.get(p)!] : [])));
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = 1; n < order.length; n++) {
      let d: number | undefined;
      for (const p of predNums[n]) if (idom[p] !== undefined) d = d === undefined ? p : intersect(p, d);
      if (d !== undefined && idom[n] !== d) {
        idom[n] = d;
        changed = true;
      }
    }
  }
  const dominates = (h: number, b: number) => {
    while (b > h) b = idom[b];
    return b === h;
  };

  // One loop per header: back edges sharing a header (`continue`, the loop's end) are one loop.
  const bodies = new Map<BlockId, Set<BlockId>>();
  for (const t of order) {
    for (const h of succs.get(t)!) {
      // A header dominates its back edge's source, so it comes first in reverse postorder.
      if (rpo.get(h)! > rpo.get(t)! || !dominates(rpo.get(h)!, rpo.get(t)!)) continue;
      const body = bodies.get(h) ?? new Set([h]);
      bodies.set(h, body);
      const work = [t];
      while (work.length) {
        const b = work.pop()!;
        if (body.has(b)) continue;
        body.add(b);
        work.push(...preds.get(b)!.filter((p) => rpo.has(p)));
      }
    }
  }
  const depth = new Map<BlockId, number>(f.blocks.map((b) => [b.id, 0]));
  for (const body of bodies.values()) for (const b of body) depth.set(b, depth.get(b)! + 1);
  return depth;
}
