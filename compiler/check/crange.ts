// `for i in crange(n)` / `crange(start, stop)` (cinderx's __static__, static_python.md §3.6):
// a loop over an integer primitive counter with no iterator object. crange takes integer
// primitives only and is nothing but a for loop's iterable.
//
//   for j in crange(int64(n)): x += j     j: int64, compiled as a counted loop
//   for j in crange(12)                   error: can't use crange with arg: Literal[12]

import type * as A from "../parse/ast.js";
import { type Ctx, error } from "./context.js";
import { checkExpr } from "./expr.js";
import { isIntPrimName, promote } from "./prims.js";
import { DYNAMIC, type IntPrimName, type SType, prim, typeName } from "./types.js";

export const CRANGE_OUTSIDE_FOR = "crange() must be used as an iterator in a for loop";

/** The counter's type when `s` loops over crange(...) (the loop is recorded for the HIR
 *  builder), else undefined. */
export function crangeLoop(ctx: Ctx, s: A.For): SType | undefined {
  const it = s.iter;
  if (it._type !== "Call" || it.func._type !== "Name" || ctx.statics.get(it.func.id) !== "crange") return undefined;
  ctx.mod.types.set(it.func, DYNAMIC);
  if (it.args.length < 1 || it.args.length > 2 || it.keywords.length) return error(ctx, it, "crange() accepts only 1 or 2 parameters");
  let counter: IntPrimName | undefined;
  for (const a of it.args) {
    const t = checkExpr(ctx, a);
    if (t.kind === "error") return t;
    const p = t.kind === "prim" && isIntPrimName(t.name) ? t.name : undefined;
    counter = p && (counter ? promote(counter, p) : p);
    if (!counter) return error(ctx, a, `can't use crange with arg: ${typeName(t)}`);
  }
  ctx.mod.types.set(it, prim(counter!));
  ctx.mod.cranges.add(s);
  return prim(counter!);
}
