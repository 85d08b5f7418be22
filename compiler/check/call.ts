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
import { resolveAnnotation } from "./annotations.js";
import { checkExpr, objectOperand } from "./expr.js";
import { GENERIC_DISPLAY, GENERIC_NAMES, containerMethod } from "./generics.js";
import { CRANGE_OUTSIDE_FOR } from "./crange.js";
import { PRIM_NAMES, intWidens, isIntPrimName } from "./prims.js";
import {
  type ClassInfo, DYNAMIC, type FunctionInfo, type MethodInfo, type ParamInfo, type PrimName, type SType, assignable, cls, prim, typeName,
} from "./types.js";

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
  if (isMathSqrt(ctx, e)) {
    const t = checkExpr(ctx, e.args[0], prim("double"));
    if (t.kind === "prim" && t.name === "double") {
      ctx.mod.types.set(e.func, DYNAMIC);
      ctx.mod.calls.set(e, { kind: "sqrt" });
      return prim("double");
    }
    if (t.kind === "prim") error(ctx, e.args[0], MESSAGES.primitiveArg());
    checkExpr(ctx, e.func);
    return DYNAMIC;
  }
  if (e.func._type === "Attribute") {
    const bound = methodCall(ctx, e, e.func);
    if (bound) return bound;
  }
  const callee = checkExpr(ctx, e.func);
  // Zero-argument super() needs the __class__ cell Python functions get; compiled ones have
  // none (static classes bind super().m(...) at compile time instead).
  if (callee.kind === "builtin" && callee.name === "super" && e.args.length === 0) {
    return unsupported(ctx, e, "super() without arguments here (use super(C, self))");
  }
  // Builtins that read the calling Python frame: compiled code has none. globals() is the
  // module's dict; locals() and vars() would need the function's variables.
  if (callee.kind === "builtin" && callee.name === "globals" && !e.args.length && !e.keywords.length) {
    ctx.mod.calls.set(e, { kind: "globals" });
    return cls("dict", true);
  }
  if (callee.kind === "builtin" && (callee.name === "locals" || callee.name === "vars") && !e.args.length) {
    return unsupported(ctx, e, `${callee.name}() without arguments`);
  }
  if (callee.kind === "function") return staticCall(ctx, e, callee.fn);
  if (callee.kind === "static") return staticBuiltin(ctx, e, callee.name, expected);
  if (callee.kind === "classobj") return construct(ctx, e, callee.cls);
  for (const a of e.args) argOperand(ctx, a);
  for (const k of e.keywords) argOperand(ctx, k.value);
  // CheckedList[T](...): the type checks what it is given; the result is exactly that type.
  if (callee.kind === "genericclass") return { kind: "generic", gen: callee.gen };
  if (callee.kind === "builtin") return BUILTIN_RESULTS[callee.name] ?? DYNAMIC;
  return DYNAMIC;
}

/** `obj.m(...)`, `C.m(obj, ...)` and `super().m(...)` on static classes; undefined for
 *  calls that are ordinary attribute calls (the receiver is then typed already). */
function methodCall(ctx: Ctx, e: A.Call, f: A.Attribute): SType | undefined {
  const sup = superMethod(ctx, f);
  if (sup) {
    ctx.mod.types.set(f.value, DYNAMIC);
    ctx.mod.types.set(f, DYNAMIC);
    const bound = bindArgs(ctx, e, `${sup.owner.fullName}.${sup.name}`, sup.fn.params.slice(1));
    if (bound) ctx.mod.calls.set(e, { kind: "super", method: sup, args: bound, self: ctx.fn!.info.params[0].name });
    return sup.fn.ret;
  }
  const recv = objectOperand(ctx, f.value);
  ctx.mod.types.set(f, DYNAMIC);
  if (recv.kind === "optional") return error(ctx, f, `${typeName(recv)}: 'NoneType' object has no attribute '${f.attr}'`);
  if (recv.kind === "classobj") {
    const m = recv.cls.methods.get(f.attr);
    return m ? staticCall(ctx, e, m.fn) : undefined;
  }
  if (recv.kind === "generic") return containerMethod(ctx, e, recv, f.attr);
  if (recv.kind !== "instance" || !recv.cls.isStatic) return undefined;
  const m = recv.cls.methods.get(f.attr);
  if (!m || recv.cls.fields.has(f.attr)) return undefined;
  const bound = bindArgs(ctx, e, `${m.owner.fullName}.${m.name}`, m.fn.params.slice(1));
  if (!bound) return nonDirectResult(ctx, e, m.fn.ret);
  const virtual = m.slot >= 0 && !m.final && !recv.cls.final;
  ctx.mod.calls.set(e, { kind: "method", method: m, args: bound, virtual });
  return m.fn.ret;
}

/** math.sqrt(x) with `math` the module (imported once, never rebound in this module). */
function isMathSqrt(ctx: Ctx, e: A.Call): boolean {
  const f = e.func;
  return ctx.mod.isStatic && f._type === "Attribute" && f.attr === "sqrt" && f.value._type === "Name" &&
    ctx.imports.get(f.value.id) === "math" && ctx.scope.locals.indexOf(f.value.id) < 0 &&
    e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type !== "Starred";
}

/** `super().m` in a method of a static class whose static base has `m`. */
function superMethod(ctx: Ctx, f: A.Attribute): MethodInfo | undefined {
  const v = f.value;
  if (v._type !== "Call" || v.func._type !== "Name" || v.func.id !== "super" || v.args.length || v.keywords.length) return undefined;
  const cls = ctx.fn?.info.cls;
  if (!cls?.isStatic || ctx.fn?.info.kind || ctx.moduleNames.has("super")) return undefined;
  return cls.base?.methods.get(f.attr);
}

/** C(...) of a static class: a new instance, initialised by the nearest __init__. */
function construct(ctx: Ctx, e: A.Call, c: ClassInfo): SType {
  const result: SType = { kind: "instance", cls: c };
  const init = c.methods.get("__init__");
  const params = init ? init.fn.params.slice(1) : [];
  const bound = bindArgs(ctx, e, `${(init?.owner ?? c).fullName}.__init__`, params);
  if (bound) ctx.mod.calls.set(e, { kind: "new", cls: c, init, args: bound });
  return result;
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
  const qual = fn.cls ? `${fn.cls.fullName}.${fn.name}` : `${ctx.mod.name}.${fn.name}`;
  const args = bindArgs(ctx, e, qual, fn.params);
  if (!args) return nonDirectResult(ctx, e, fn.ret);
  ctx.mod.calls.set(e, { kind: "static", fn, args });
  return fn.ret;
}

/** Map a call's arguments onto `params` (static_python.md §6.2), type them, and report
 *  mismatches. Returns the argument for each parameter (undefined: its constant default),
 *  or undefined when the call cannot be direct (a non-constant default is needed). */
function bindArgs(ctx: Ctx, e: A.Call, qual: string, params: ParamInfo[]): (A.Expr | undefined)[] | undefined {
  const positional = params.filter((p) => !p.kwonly).length;
  const args: (A.Expr | undefined)[] = params.map(() => undefined);
  if (e.args.length > positional) {
    error(ctx, e, positional === params.length
      ? MESSAGES.argCount(qual.split(".").length > 2 ? qual : `function ${qual}`, params.length, e.args.length)
      : `${qual} takes ${positional} positional args but ${e.args.length} were given`);
    for (const a of [...e.args, ...e.keywords.map((k) => k.value)]) checkExpr(ctx, a);
    return args;
  }
  e.args.forEach((a, i) => (args[i] = a));
  for (const k of e.keywords) {
    const i = params.findIndex((p) => p.name === k.arg);
    if (i < 0) error(ctx, k.value, MESSAGES.unknownKeyword(k.arg!, qual));
    else if (args[i]) error(ctx, k.value, `${qual}() got multiple values for argument '${k.arg}'`);
    else args[i] = k.value;
  }
  // Decided before typing any argument: a literal is typed as a primitive only for a direct call.
  const direct = params.every((p, i) => args[i] || !p.default || isConstantDefault(p.default));
  params.forEach((p, i) => {
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
  for (const k of e.keywords) if (params.every((p) => p.name !== k.arg)) checkExpr(ctx, k.value);
  if (!direct) {
    // An ordinary call: arguments must be objects.
    for (const a of args) if (a && ctx.mod.types.get(a)?.kind === "prim") error(ctx, a, MESSAGES.primitiveArg());
    return undefined;
  }
  return args;
}

function nonDirectResult(ctx: Ctx, e: A.Call, ret: SType): SType {
  return ret.kind === "prim" ? error(ctx, e, "calls to a function with non-constant defaults cannot return a primitive yet") : ret;
}

function staticBuiltin(ctx: Ctx, e: A.Call, name: string, expected?: SType): SType {
  if (e.keywords.length) return unsupported(ctx, e, `keyword arguments to ${name}()`);
  if (name === "box") {
    if (e.args.length !== 1) return error(ctx, e, `box requires a single argument (${e.args.length} given)`);
    const t = checkExpr(ctx, e.args[0]);
    if (t.kind === "error") return t;
    if (t.kind !== "prim") return error(ctx, e, MESSAGES.boxNonPrimitive(typeName(t)));
    ctx.mod.calls.set(e, { kind: "box" });
    return t.name === "double" ? cls("float", true) : t.name === "cbool" ? cls("bool", true) : cls("int", true);
  }
  if (name === "unbox") {
    if (e.args.length !== 1) return error(ctx, e, `unbox requires a single argument (${e.args.length} given)`);
    const t = checkExpr(ctx, e.args[0]);
    if (t.kind === "prim") return error(ctx, e.args[0], MESSAGES.primitiveArg());
    // The context picks the primitive (`x: uint8 = unbox(o)`); int64 by default.
    const to = expected?.kind === "prim" && expected.name !== "cbool" ? expected.name : "int64";
    ctx.mod.calls.set(e, { kind: "unbox", to });
    return prim(to);
  }
  if (name in PRIM_NAMES) return primConstructor(ctx, e, PRIM_NAMES[name]);
  if (name === "crange") return error(ctx, e, CRANGE_OUTSIDE_FOR);
  if (name === "rand") {
    if (e.args.length) return error(ctx, e, `rand() takes no arguments (${e.args.length} given)`);
    ctx.mod.calls.set(e, { kind: "rand" });
    return prim("int64");
  }
  if (name === "cast") return checkCast(ctx, e);
  if (name === "clen") {
    if (e.args.length !== 1) return error(ctx, e, `clen requires a single argument (${e.args.length} given)`);
    const t = checkExpr(ctx, e.args[0]);
    if (t.kind === "prim") return error(ctx, e.args[0], MESSAGES.primitiveArg());
    ctx.mod.calls.set(e, { kind: "clen" });
    return prim("int64");
  }
  const def = GENERIC_NAMES[name];
  if (def) return error(ctx, e, `cannot create instances of a generic Type[${GENERIC_DISPLAY[def]}]`);
  return unsupported(ctx, e, `__static__.${name}`);
}

/** cast(T, v): v checked to be a T at run time (None too for Optional[T]); typed T. */
function checkCast(ctx: Ctx, e: A.Call): SType {
  if (e.args.length !== 2) return error(ctx, e, "cast requires two parameters: type and value");
  const target = resolveAnnotation(ctx, e.args[0]);
  const t = checkExpr(ctx, e.args[1]);
  if (t.kind === "prim") return error(ctx, e.args[1], MESSAGES.primitiveArg());
  if (target.kind === "dynamic") return error(ctx, e.args[0], "cast to unknown type");
  if (target.kind === "prim") return error(ctx, e.args[0], "cast to non-runtime type");
  ctx.mod.calls.set(e, { kind: "cast", to: target });
  return target;
}


/** `int8(x)` ... `double(x)`, `cbool(x)` (§3.5): a literal of that type, an explicit conversion
 *  between integer primitives (truncating, re-extending by the target's signedness), or an
 *  unboxing of an object (checked at run time). */
function primConstructor(ctx: Ctx, e: A.Call, name: PrimName): SType {
  if (e.args.length !== 1) return error(ctx, e, MESSAGES.primitiveRequiresOne(name, e.args.length));
  const target = prim(name);
  const t = checkExpr(ctx, e.args[0], target);
  if (t.kind === "error") return t;
  if (t.kind === "prim") {
    if (t.name === name) ctx.mod.calls.set(e, { kind: "identity" });
    else if (isIntPrimName(name) && isIntPrimName(t.name)) {
      ctx.mod.calls.set(e, intWidens(name, t.name) ? { kind: "identity" } : { kind: "convert", to: name });
    } else {
      return error(ctx, e, name === "double" ? MESSAGES.doubleFrom(t.name) : MESSAGES.typeMismatch(t.name, name));
    }
    return target;
  }
  const objectOk = t.kind === "dynamic" || (name === "cbool" ? t.kind === "class" && t.name === "bool"
    : t.kind === "literal" || (t.kind === "class" && (t.name === "int" || t.name === "bool" || (name === "double" && t.name === "float"))));
  if (!objectOk) return error(ctx, e, name === "double" ? MESSAGES.doubleFrom(typeName(t)) : MESSAGES.typeMismatch(typeName(t), name));
  ctx.mod.calls.set(e, { kind: "unbox", to: name });
  return target;
}
