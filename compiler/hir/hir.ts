// HIR: typed SSA for one function. Blocks take parameters instead of phis; only Jump passes
// arguments, so every block with several predecessors is reached by Jumps alone and a
// Branch's targets each have one predecessor (the builder keeps this; the refcount pass
// relies on it to place decrefs on edges).
//
//   fn fib(v0:int64) -> int64
//   b0:
//     v0 = Param 0
//     v1 = Int64Const 2
//     v2 = IntCompare lt v0 v1
//     Branch v2 ? b1 : b2
//
// Consumes: built by compiler/hir/build/. Produces: input of the HIR passes and of
// compiler/lir/lower.ts.

import type { CheckedType, IntPrimName } from "../check/types.js";
import { type Op, type Repr, opInfo } from "./ops.js";

export interface Value {
  id: number;
  repr: Repr;
  /** How an object value is held (see ops.ts); unset for primitives. */
  ref?: "owned" | "borrowed" | "immortal";
  /** An object that cannot be one of the compiler's immortal constants (its static type is
   *  a static class, Optional of one, or a checked container): refcounting it needs no
   *  immortality test. */
  mortal?: boolean;
}

/** Op-specific immediates. Each op uses the few fields its doc names. */
export interface Attrs {
  index?: number;
  name?: string;
  cfunc?: string;
  kind?: string;
  cond?: string;
  int?: bigint;
  double?: number;
  symbol?: string;
  /** What CheckArg/Cast test against (e.g. PyLong_Type, or a static class's descriptor). */
  pytype?: CheckedType;
  /** Integer ops: the primitive whose width and signedness they work at (default int64). */
  prim?: IntPrimName;
  /** LoadField/StoreField: byte offset in the instance. */
  offset?: number;
  /** InvokeMethod: vtable slot. */
  slot?: number;
  kwnames?: number;
  /** How many of the call's arguments are keywords (named by the `kwnames` tuple). */
  kwcount?: number;
  size?: number;
  /** InvokeStatic: the callee. */
  callee?: FunctionSig;
  target?: Block;
  then?: Block;
  else?: Block;
}

export interface Instr {
  op: Op;
  args: Value[];
  result: Value | null;
  attrs: Attrs;
  /** Source line for tracebacks (1-based). */
  line: number;
  /** Set by the refcount pass on raising instructions: references to release on error. */
  cleanup?: Value[];
  /** Copied from an inlined callee (inline.ts): the frames it ran in, innermost first, each
   *  a function name and the line there; `line` is the call's line in this function. */
  inlined?: InlinedFrame[];
}

export interface InlinedFrame {
  name: string;
  line: number;
}

export interface Block {
  id: number;
  params: Value[];
  instrs: Instr[];
  preds: Block[];
}

/** What a caller needs to call a compiled function natively. */
export interface FunctionSig {
  /** Symbol of the native entry. */
  symbol: string;
  params: Repr[];
  /** "object" functions return NULL on error; int64/double/cbool ones also return an error flag. */
  ret: Repr;
}

export interface HFunction {
  /** Python-level name, for tracebacks. */
  name: string;
  sig: FunctionSig;
  blocks: Block[];
  nextValue: number;
  nextBlock: number;
}

export function newFunction(name: string, sig: FunctionSig): HFunction {
  return { name, sig, blocks: [], nextValue: 0, nextBlock: 0 };
}

export function newBlock(f: HFunction): Block {
  const b: Block = { id: f.nextBlock++, params: [], instrs: [], preds: [] };
  f.blocks.push(b);
  return b;
}

export function newValue(f: HFunction, repr: Repr, ref?: Value["ref"]): Value {
  return { id: f.nextValue++, repr, ref: repr === "object" || repr === "nullable" ? ref : undefined };
}

export function terminator(b: Block): Instr | undefined {
  const last = b.instrs[b.instrs.length - 1];
  return last && opInfo(last.op).terminator ? last : undefined;
}

export function successors(b: Block): Block[] {
  const t = terminator(b);
  if (!t) return [];
  if (t.op === "Jump") return [t.attrs.target!];
  if (t.op === "Branch") return [t.attrs.then!, t.attrs.else!];
  return [];
}

/** Object values the refcount pass must track: owned references (block params included). */
export function isTracked(v: Value): boolean {
  return (v.repr === "object" || v.repr === "nullable") && v.ref === "owned";
}

/** Recompute predecessor lists and drop blocks unreachable from the entry. */
export function recomputeCfg(f: HFunction): void {
  const seen = new Set<Block>();
  const order: Block[] = [];
  const visit = (b: Block) => {
    if (seen.has(b)) return;
    seen.add(b);
    order.push(b);
    for (const s of successors(b)) visit(s);
  };
  visit(f.blocks[0]);
  f.blocks = f.blocks.filter((b) => seen.has(b));
  for (const b of f.blocks) b.preds = [];
  for (const b of f.blocks) for (const s of successors(b)) s.preds.push(b);
}

/** Merge each block into its predecessor when that is its only one and ends in a Jump to it
 *  (the block's parameters become the Jump's arguments), then recompute the CFG. */
export function mergeJumpChains(f: HFunction): void {
  recomputeCfg(f);
  const subst = new Map<Value, Value>();
  const merged = new Set<Block>();
  for (const b of f.blocks) {
    if (merged.has(b)) continue;
    for (let t = terminator(b); t?.op === "Jump"; t = terminator(b)) {
      const c = t.attrs.target!;
      if (c.preds.length !== 1 || c === b || c === f.blocks[0]) break;
      c.params.forEach((p, k) => subst.set(p, t!.args[k]));
      b.instrs.pop();
      b.instrs.push(...c.instrs);
      merged.add(c);
    }
  }
  const resolve = (v: Value): Value => {
    while (subst.has(v)) v = subst.get(v)!;
    return v;
  };
  f.blocks = f.blocks.filter((b) => !merged.has(b));
  for (const b of f.blocks) for (const i of b.instrs) i.args = i.args.map(resolve);
  recomputeCfg(f);
}
