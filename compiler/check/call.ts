// Type checking of calls (static_python.md §6.2): direct calls of static module functions
// (arity, argument types, keyword arguments mapped to positions), the __static__ builtins
// box/unbox/int64/double, and ordinary Python calls (no primitive arguments allowed).
//
//   def f(n: int64) -> int64: ...
//   f(3)        static call, the literal is an int64 immediate
//   f("a")      "type mismatch: str received for positional arg 'n', expected int64"

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { type Ctx, error, unsupported } from "./context.js";
import { checkExpr, objectOperand } from "./expr.js";
import { DYNAMIC, type FunctionInfo, type SType, assignable, cls, isPrim, prim, typeName } from "./types.js";

/** Result types of builtins whose result is always of one class. */
const BUILTIN_RESULTS: Record<string, SType> = {
  len: cls("int", true), str: cls("str", true), int: cls("int"), bool: cls("bool", true),
  repr: cls("str", true), print: cls("NoneType", true), isinstance: cls("bool", true),
  range: cls("range", true), list: cls("list", true), chr: cls("str", true), ord: cls("int", true),
};

export function checkCall(ctx: Ctx, e: A.Call, expected?: SType): SType {
  if (e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null)) {
    return unsupported(ctx, e, "*args/**kwargs in calls");
  }
  const callee = e.func._type === "Attribute" ? (objectOperand(ctx, e.func.value), DYNAMIC) : checkExpr(ctx, e.func);
  if (e.func._type === "Attribute") ctx.mod.types.set(e.func, DYNAMIC);
  if (callee.kind === "function") return staticCall(ctx, e, callee.fn);
  if (callee.kind === "static") return staticBuiltin(ctx, e, callee.name, expected);
  for (const a of e.args) argOperand(ctx, a);
  for (const k of e.keywords) argOperand(ctx, k.value);
  if (callee.kind === "builtin") return BUILTIN_RESULTS[callee.name] ?? DYNAMIC;
  return DYNAMIC;
}

function argOperand(ctx: Ctx, a: A.Expr): void {
  const t = checkExpr(ctx, a);
  if (t.kind === "prim") error(ctx, a, MESSAGES.primitiveArg());
}

/** A default the caller can supply itself: a literal (Cinder fills constant defaults in at
 *  the call site; anything else makes the call an ordinary Python call). */
export function isConstantDefault(d: A.Expr): boolean {
  const c = d._type === "UnaryOp" && d.op._type === "USub" ? d.operand : d;
  return c._type === "Constant" && ["int", "float", "str", "bool", "None"].includes(c.value.kind) &&
    (c === d || c.value.kind === "int" || c.value.kind === "float");
}

function staticCall(ctx: Ctx, e: A.Call, fn: FunctionInfo): SType {
  const qual = `${ctx.mod.name}.${fn.name}`;
  const positional = fn.params.filter((p) => !p.kwonly).length;
  const args: (A.Expr | undefined)[] = fn.params.map(() => undefined);
  if (e.args.length > positional) {
    error(ctx, e, positional === fn.params.length
      ? MESSAGES.argCount(`function ${qual}`, fn.params.length, e.args.length)
      : `${qual} takes ${positional} positional args but ${e.args.length} were given`);
    return fn.ret;
  }
  e.args.forEach((a, i) => (args[i] = a));
  for (const k of e.keywords) {
    const i = fn.params.findIndex((p) => p.name === k.arg);
    if (i < 0) error(ctx, k.value, MESSAGES.unknownKeyword(k.arg!, qual));
    else if (args[i]) error(ctx, k.value, `${qual}() got multiple values for argument '${k.arg}'`);
    else args[i] = k.value;
  }
  // Decided before typing any argument: a literal is typed as a primitive only for a direct call.
  const direct = fn.params.every((p, i) => args[i] || !p.default || isConstantDefault(p.default));
  fn.params.forEach((p, i) => {
    const a = args[i];
    if (!a) {
      if (!p.default) error(ctx, e, MESSAGES.missingArg(qual, p.name));
      return;
    }
    const t = checkExpr(ctx, a, direct ? p.type : undefined);
    if (!assignable(p.type, t)) {
      const kw = e.keywords.some((k) => k.value === a);
      error(ctx, a, (kw ? MESSAGES.kwargMismatch : MESSAGES.argMismatch)(typeName(t), p.name, typeName(p.type)));
    }
  });
  if (!direct) {
    // An ordinary call: arguments must be objects, and the result is what the function returns.
    for (const a of args) if (a && ctx.mod.types.get(a)?.kind === "prim") error(ctx, a, MESSAGES.primitiveArg());
    return fn.ret.kind === "prim" ? error(ctx, e, "calls to a function with non-constant defaults cannot return a primitive yet") : fn.ret;
  }
  ctx.mod.calls.set(e, { kind: "static", fn, args });
  return fn.ret;
}

function staticBuiltin(ctx: Ctx, e: A.Call, name: string, expected?: SType): SType {
  if (e.keywords.length) return unsupported(ctx, e, `keyword arguments to ${name}()`);
  if (name === "box") {
    if (e.args.length !== 1) return error(ctx, e, `box requires a single argument (${e.args.length} given)`);
    const t = checkExpr(ctx, e.args[0]);
    if (t.kind === "error") return t;
    if (t.kind !== "prim") return error(ctx, e, MESSAGES.boxNonPrimitive(typeName(t)));
    ctx.mod.calls.set(e, { kind: "box" });
    return t.name === "int64" ? cls("int", true) : t.name === "double" ? cls("float", true) : cls("bool", true);
  }
  if (name === "unbox") {
    if (e.args.length !== 1) return error(ctx, e, `unbox requires a single argument (${e.args.length} given)`);
    const t = checkExpr(ctx, e.args[0]);
    if (t.kind === "prim") return error(ctx, e.args[0], MESSAGES.primitiveArg());
    const to = expected && isPrim(expected, "double") ? "double" : "int64";
    ctx.mod.calls.set(e, { kind: "unbox", to });
    return prim(to);
  }
  if (name === "int64" || name === "double") {
    if (e.args.length !== 1) return error(ctx, e, MESSAGES.primitiveRequiresOne(name, e.args.length));
    const target = prim(name);
    const t = checkExpr(ctx, e.args[0], target);
    if (t.kind === "prim") {
      if (t.name !== name) return error(ctx, e, MESSAGES.typeMismatch(t.name, name));
      ctx.mod.calls.set(e, { kind: "identity" });
      return target;
    }
    const ok = t.kind === "dynamic" || t.kind === "error" || t.kind === "literal" || (t.kind === "class" && (t.name === "int" || t.name === "bool" || (name === "double" && t.name === "float")));
    if (!ok) {
      return error(ctx, e, name === "double" ? `type mismatch: double cannot be created from ${typeName(t)}` : MESSAGES.typeMismatch(typeName(t), name));
    }
    ctx.mod.calls.set(e, { kind: "unbox", to: name });
    return target;
  }
  return unsupported(ctx, e, `__static__.${name}`);
}

