// HIR construction for calls. The checker's CallBinding says what a call is: a direct
// native call of a static function or method (arguments in parameter order, constant
// defaults filled in), a vtable call, an @inline substitution, one of __static__'s
// intrinsics (box, unbox, cast, clen, ...), or a dynamic vectorcall through libpython.
//
//   f(n - 1)     (static f)   v4:int64 = InvokeStatic v3 {callee=f}
//   o.m()        (virtual m)  v2:object+ = InvokeMethod v1 {slot=3}

import type * as A from "../../parse/ast.js";
import type { CallBinding } from "../../check/context.js";
import { type FunctionInfo, type ParamInfo, type SType, assignable, checkedClass, repr } from "../../check/types.js";
import { intPrimOf } from "../../check/prims.js";
import { LAYOUT } from "../../runtime.js";
import type { Value } from "../hir.js";
import { nativeSig } from "./class.js";
import { sizeIsField } from "./containers.js";
import type { ExprBuilder } from "./expr.js";

/** Cinder's cap on nested @inline substitution (static_python.md §6.4). */
const MAX_INLINE_DEPTH = 20;

/** A constant default (checker: isConstantDefault) as the parameter's representation. */
function defaultValue(x: ExprBuilder, d: A.Expr, t: SType): Value {
  const b = x.b;
  const negate = d._type === "UnaryOp";
  const v = ((negate ? (d as A.UnaryOp).operand : d) as A.Constant).value;
  if (t.kind === "prim") {
    if (intPrimOf(t)) return b.value("Int64Const", [], { int: v.kind === "int" ? (negate ? -v.value : v.value) : 0n });
    if (t.name === "cbool") return b.value("CBoolConst", [], { int: v.kind === "bool" && v.value ? 1n : 0n });
    const x = v.kind === "int" ? Number(v.value) : v.kind === "float" ? v.value : 0;
    return b.value("DoubleConst", [], { double: negate ? -x : x });
  }
  switch (v.kind) {
    case "int": return b.constObj(b.consts.int(negate ? -v.value : v.value));
    case "float": return b.constObj(b.consts.float(negate ? -v.value : v.value));
    case "str": return b.constObj(b.consts.str(v.value, v.codePoints));
    case "bool": return b.value("Singleton", [], { name: v.value ? "True" : "False" });
    default: return b.value("Singleton", [], { name: "None" });
  }
}

export function buildCall(x: ExprBuilder, e: A.Call): Value {
  const binding: CallBinding | undefined = x.b.mod.calls.get(e);
  const b = x.b;
  if (binding?.kind === "static") {
    const fn = binding.fn;
    const args = staticArgs(x, e, binding.args, fn.params);
    if (fn.inline && x.inlineDepth < MAX_INLINE_DEPTH) return inlined(x, fn, fn.inline, args);
    // Calling a function before its def ran is a NameError, as in Python (a recursive
    // call is past that point by definition).
    if (fn.symbol !== b.f.sig.symbol) b.emit("CheckDefined", [], { symbol: `${fn.symbol}$desc`, name: fn.name });
    return invoke(x, fn, args);
  }
  if (binding?.kind === "method") {
    const self = x.expr((e.func as A.Attribute).value);
    const fn = binding.method.fn;
    const args = [self, ...staticArgs(x, e, binding.args, fn.params.slice(1))];
    if (!binding.virtual) return invoke(x, fn, args);
    const sig = nativeSig(fn);
    return b.value("InvokeMethod", args, { slot: binding.method.slot, callee: sig }, sig.ret, sig.ret === "object" ? "owned" : undefined);
  }
  if (binding?.kind === "super") {
    const self = x.name(binding.self);
    const fn = binding.method.fn;
    return invoke(x, fn, [self, ...staticArgs(x, e, binding.args, fn.params.slice(1))]);
  }
  if (binding?.kind === "cast") {
    const v = x.expr(e.args[1]);
    const from = x.typeOf(e.args[1]);
    const check = checkedClass(binding.to);
    b.line = e.lineno;
    if (check && (from.kind === "dynamic" || !assignable(binding.to, from))) b.emit("Cast", [v], { pytype: check });
    return v;
  }
  if (binding?.kind === "globals") return b.value("LoadGlobals", []);
  if (binding?.kind === "rand") return b.callC("CSR_Rand", [])!;
  if (binding?.kind === "clen") {
    const v = x.expr(e.args[0]);
    b.line = e.lineno;
    if (sizeIsField(x.typeOf(e.args[0]))) return b.value("LoadField", [v], { offset: LAYOUT.varSize, kind: "int64", name: "ob_size" }, "int64");
    return b.callC("PyObject_Size", [v])!;
  }
  if (binding?.kind === "vectorAppend") {
    const v = x.expr((e.func as A.Attribute).value);
    const item = x.coerced(e.args[0], { kind: "prim", name: binding.elem });
    b.line = e.lineno;
    b.emit("VectorAppend", [v, item], { kind: binding.elem });
    return b.value("Singleton", [], { name: "None" });
  }
  if (binding?.kind === "sqrt") {
    const v = x.expr(e.args[0]);
    b.line = e.lineno;
    return b.value("DoubleSqrt", [v]);
  }
  if (binding?.kind === "new") {
    const init = binding.init?.fn;
    const args = init ? staticArgs(x, e, binding.args, init.params.slice(1)) : [];
    b.line = e.lineno;
    const obj = b.value("AllocObject", [], { symbol: binding.cls.desc, name: binding.cls.name });
    if (init) invoke(x, init, [obj, ...args]);
    return obj;
  }
  if (binding?.kind === "box") {
    const v = x.expr(e.args[0]);
    b.line = e.lineno;
    return b.box(v, x.typeOf(e.args[0]));
  }
  if (binding?.kind === "unbox") {
    // cbool(x is None), cbool(not x is y): the comparison's own cbool, never boxed.
    if (binding.to === "cbool" && isIdentityTest(e.args[0])) return x.cond(e.args[0]);
    const v = x.expr(e.args[0]);
    if (v.repr !== "object" && v.repr !== "nullable") return v;
    b.line = e.lineno;
    const to = { kind: "prim", name: binding.to } as const;
    return b.value("Unbox", [v], { kind: binding.to }, repr(to));
  }
  if (binding?.kind === "convert") return b.value("IntConvert", [x.expr(e.args[0])], { prim: binding.to });
  if (binding?.kind === "identity") return x.expr(e.args[0]);
  return dynamicCall(x, e);
}

/** A call's arguments built in source order, passed in parameter order (constant
 *  defaults filled in, dynamic values cast to checked parameter types). */
function staticArgs(x: ExprBuilder, e: A.Call, bound: (A.Expr | undefined)[], params: ParamInfo[]): Value[] {
  const built = new Map<A.Expr, Value>();
  for (const a of [...e.args, ...e.keywords.map((k) => k.value)]) {
    const i = bound.indexOf(a);
    built.set(a, x.coerced(a, params[i].type));
  }
  x.b.line = e.lineno;
  return bound.map((a, i) => (a ? built.get(a)! : defaultValue(x, params[i].default!, params[i].type)));
}

/** An @inline function's return expression built here, its parameters bound to `args`
 *  (each evaluated once, already); nested inlining stops at MAX_INLINE_DEPTH. */
function inlined(x: ExprBuilder, fn: FunctionInfo, body: A.Expr, args: Value[]): Value {
  const scope = new Map<string, string>();
  fn.params.forEach((p, i) => {
    const temp = `$inline${x.inlineCount++}_${p.name}`;
    x.b.writeTemp(temp, args[i]);
    scope.set(p.name, temp);
  });
  const outer = x.compScopes.splice(0);
  x.compScopes.push(scope);
  x.inlineDepth++;
  const r = x.coerced(body, fn.ret);
  x.inlineDepth--;
  x.compScopes.splice(0, 1, ...outer);
  return r;
}

/** Direct native call of a static function or method. */
export function invoke(x: ExprBuilder, fn: FunctionInfo, args: Value[]): Value {
  const sig = nativeSig(fn);
  return x.b.value("InvokeStatic", args, { callee: sig }, sig.ret, sig.ret === "object" ? "owned" : undefined);
}

function dynamicCall(x: ExprBuilder, e: A.Call): Value {
  const b = x.b;
  const kwnames = e.keywords.length ? b.consts.tuple(e.keywords.map((k) => b.consts.str(k.arg!))) : undefined;
  if (e.func._type === "Attribute") {
    const self = x.expr(e.func.value);
    const args = [...e.args, ...e.keywords.map((k) => k.value)].map((a) => x.expr(a));
    b.line = e.lineno;
    return b.value("CallMethod", [self, ...args], { index: b.consts.str(e.func.attr), name: e.func.attr, kwnames, kwcount: e.keywords.length });
  }
  const callee = x.expr(e.func);
  const args = [...e.args, ...e.keywords.map((k) => k.value)].map((a) => x.expr(a));
  b.line = e.lineno;
  return b.value("Vectorcall", [callee, ...args], { kwnames, kwcount: e.keywords.length });
}

/** `a is b` / `a is not b` (possibly under `not`): a test whose result is a cbool already. */
function isIdentityTest(e: A.Expr): boolean {
  if (e._type === "UnaryOp" && e.op._type === "Not") return isIdentityTest(e.operand);
  return e._type === "Compare" && e.ops.length === 1 && (e.ops[0]._type === "Is" || e.ops[0]._type === "IsNot");
}
