// Assignment expressions, `(y := e)` (PEP 572; static_python.md §2.3): the target is bound
// as an assignment would bind it (checked against its declared type, narrowed by what was
// stored) and the expression has the value's type. A walrus inside a comprehension binds in
// the enclosing function (or the module), never in the comprehension.
//
//   if (n := clen(xs)) > 3:        n is an int64 local
//   if (c := find()) is not None:  c is narrowed like a name

import type * as A from "../parse/ast.js";
import { type Ctx, error, unsupported } from "./context.js";
import { checkExpr } from "./expr.js";
import { bindName, declaredType } from "./check.js";
import type { SType } from "./types.js";

export function checkNamedExpr(ctx: Ctx, e: A.NamedExpr, expected?: SType): SType {
  const target = e.target as A.Name;
  if (ctx.classBody) return unsupported(ctx, e, "assignment expression (:=) in a class body");
  if (ctx.compScopes.some((s) => s.has(target.id))) {
    return error(ctx, target, `assignment expression cannot rebind comprehension iteration variable '${target.id}'`);
  }
  const t = checkExpr(ctx, e.value, declaredType(ctx, target.id) ?? expected);
  bindName(ctx, target, t, e.value);
  return t;
}

/** The names walrus expressions bind anywhere in `node` (statements or expressions),
 *  comprehensions included, nested functions, classes and lambdas not. */
export function walrusTargets(node: object, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const x of node) if (x && typeof x === "object") walrusTargets(x, out);
    return out;
  }
  const t = (node as { _type?: string })._type;
  if (t === undefined || t === "FunctionDef" || t === "AsyncFunctionDef" || t === "ClassDef" || t === "Lambda") return out;
  if (t === "NamedExpr") out.add(((node as A.NamedExpr).target as A.Name).id);
  for (const v of Object.values(node)) if (v && typeof v === "object") walrusTargets(v, out);
  return out;
}

/** Forget the narrowing of every name a walrus in `node` may have bound (code that runs
 *  conditionally or repeatedly: comprehensions, `a and b`, `a if c else b`). */
export function forgetWalrusTargets(ctx: Ctx, node: object): void {
  for (const n of walrusTargets(node)) ctx.narrow.delete(n);
}
