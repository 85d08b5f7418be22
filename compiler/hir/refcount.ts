// Refcount insertion: makes every reference count operation explicit in HIR.
//
// Consumes: HIR whose object values carry an ownership (ops.ts `ref`): owned values are new
// references the function must release; borrowed ones (parameters) and immortal ones
// (constants, None/True/False) are never released. Produces: the same HIR with Incref and
// Decref instructions and, on every raising instruction, the `cleanup` list of references
// to release if it raises.
// Invariants relied on: a Branch's targets have one predecessor each (the builder keeps
// this), so a value that dies on one edge is released at the start of that target.
//
//   v3:object+ = CallC v1 v2 {cfunc=PyNumber_Add}     v3:object+ = CallC v1 v2 {...} !cleanup(v1)
//   Return v0                                   =>    Decref v1
//                                                     Incref v0      (v0 is a borrowed param)
//                                                     Return v0

import { type Block, type HFunction, type Instr, type Value, isTracked, recomputeCfg, successors } from "./hir.js";
import { opInfo } from "./ops.js";

export function insertRefcounts(f: HFunction): void {
  recomputeCfg(f);
  markMortalParams(f);
  const liveIn = liveness(f);
  const liveOut = (b: Block) => {
    const out = new Set<Value>();
    for (const s of successors(b)) for (const v of liveIn.get(s)!) out.add(v);
    return out;
  };
  for (const b of f.blocks) rewriteBlock(b, liveOut(b), liveIn);
}

/** A block parameter every jump passes a mortal value to is mortal too (a loop variable of
 *  a static class type): optimistic, then refuted to a fixpoint. */
function markMortalParams(f: HFunction): void {
  const incoming = new Map<Value, Value[]>();
  for (const b of f.blocks) {
    for (const i of b.instrs) {
      if (i.op !== "Jump") continue;
      i.attrs.target!.params.forEach((p, k) => (incoming.get(p) ?? incoming.set(p, []).get(p)!).push(i.args[k]));
    }
  }
  const candidates = [...incoming.keys()].filter((p) => p.repr === "object" && !p.mortal);
  for (const p of candidates) p.mortal = true;
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of candidates) {
      if (p.mortal && !incoming.get(p)!.every((v) => v.mortal)) {
        p.mortal = false;
        changed = true;
      }
    }
  }
}

/** The tracked values each instruction reads (Jump arguments included). */
function uses(i: Instr): Value[] {
  return i.args.filter(isTracked);
}

/** Live-in sets of tracked values per block (block parameters excluded). */
function liveness(f: HFunction): Map<Block, Set<Value>> {
  const liveIn = new Map<Block, Set<Value>>(f.blocks.map((b) => [b, new Set()]));
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = f.blocks.length - 1; k >= 0; k--) {
      const b = f.blocks[k];
      const live = new Set<Value>();
      for (const s of successors(b)) for (const v of liveIn.get(s)!) live.add(v);
      for (let n = b.instrs.length - 1; n >= 0; n--) {
        const i = b.instrs[n];
        if (i.result) live.delete(i.result);
        for (const v of uses(i)) live.add(v);
      }
      for (const p of b.params) live.delete(p);
      if (live.size !== liveIn.get(b)!.size) {
        liveIn.set(b, live);
        changed = true;
      }
    }
  }
  return liveIn;
}

const incref = (v: Value, line: number): Instr => ({ op: "Incref", args: [v], result: null, attrs: {}, line });
const decref = (v: Value, line: number): Instr => ({ op: "Decref", args: [v], result: null, attrs: {}, line });

function stolenIndices(i: Instr): Set<number> {
  const s = opInfo(i.op).steals;
  if (s === "all") return new Set(i.args.map((_, k) => k));
  return new Set(s ?? []);
}

function rewriteBlock(b: Block, liveOut: Set<Value>, liveIn: Map<Block, Set<Value>>): void {
  const live = new Set(liveOut);
  const out: Instr[][] = [];
  for (let n = b.instrs.length - 1; n >= 0; n--) {
    const i = b.instrs[n];
    const before: Instr[] = [];
    const after: Instr[] = [];
    const extraCleanup: Value[] = [];
    if (i.result && isTracked(i.result) && !live.has(i.result)) after.push(decref(i.result, i.line));
    const stolen = stolenIndices(i);
    const consumed = new Set<Value>();
    i.args.forEach((a, k) => {
      if (!stolen.has(k) || a.ref === "immortal" || a.repr === "int64" || a.repr === "double" || a.repr === "cbool" || a.repr === "ptr") return;
      if (isTracked(a) && !live.has(a) && !consumed.has(a)) {
        consumed.add(a); // the last use hands our reference over
      } else {
        before.push(incref(a, i.line));
        extraCleanup.push(a);
      }
    });
    const released = new Set<Value>();
    i.args.forEach((a, k) => {
      if (stolen.has(k) || !isTracked(a) || live.has(a) || released.has(a) || consumed.has(a)) return;
      released.add(a);
      after.push(decref(a, i.line));
    });
    if (opInfo(i.op).raises) {
      const owned = new Set([...live].filter((v) => v !== i.result));
      for (const a of uses(i)) owned.add(a);
      i.cleanup = [...owned, ...extraCleanup];
    }
    if (i.result) live.delete(i.result);
    for (const a of uses(i)) live.add(a);
    out.push([...before, i, ...after]);
  }
  const head: Instr[] = [];
  for (const p of b.params) if (isTracked(p) && !live.has(p)) head.push(decref(p, 0));
  // Values live out of the single predecessor but dead here die on this edge.
  if (b.preds.length === 1) {
    for (const v of predLiveOut(b.preds[0], liveIn)) if (!live.has(v)) head.push(decref(v, 0));
  }
  b.instrs = [...head, ...out.reverse().flat()];
}

function predLiveOut(p: Block, liveIn: Map<Block, Set<Value>>): Set<Value> {
  const out = new Set<Value>();
  for (const s of successors(p)) for (const v of liveIn.get(s)!) out.add(v);
  return out;
}
