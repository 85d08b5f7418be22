// `@native(LIB)` (cinderx's __static__, static_python.md §7): a module-level `def` whose body
// is `pass` declares the C function of the same name in the shared library LIB. Static
// callers call it with the C calling convention (integer primitives in, one out); the
// library and symbol are resolved on the first call (runtime-support/native.c). Called from
// Python it raises RuntimeError.
//
//   @native("libc.so.6")
//   def labs(i: int64) -> int64:       labs(int64(-5)) == 5 in static code
//       pass
//
// Cinder checks in two phases, and so do we, in its order: the decorator's shape when the def
// is declared (declareNative), then its argument and the def itself (checkNative).

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { type Ctx, error, unsupported } from "./context.js";
import { checkExpr, finalConstant } from "./expr.js";
import { type ClassInfo, assignable, cls, typeName } from "./types.js";

export interface NativeInfo {
  /** The decorator call; its argument names the library. */
  decorator: A.Call;
  /** The library's path, known once checkNative has run. */
  lib?: string;
}

export function isNativeDecorator(ctx: Ctx, d: A.Expr): boolean {
  const f = d._type === "Call" ? d.func : d;
  return f._type === "Name" && ctx.statics.get(f.id) === "native";
}

/** The decorator's shape (Cinder's NativeDecorator.resolve_decorate_function); undefined
 *  after reporting an error. */
export function declareNative(ctx: Ctx, s: A.FunctionDef | A.AsyncFunctionDef): NativeInfo | undefined {
  const d = s.decorator_list.find((x) => isNativeDecorator(ctx, x))!;
  if (d._type !== "Call") return void error(ctx, d, "@native decorator must specify the library to be loaded");
  if (d.keywords.length) return void error(ctx, d, "@native decorator takes no keyword arguments");
  if (d.args.length !== 1) return void error(ctx, d, "@native decorator accepts a single parameter, the path to .so file");
  if (d.args[0]._type === "Starred") return void error(ctx, d, "@native decorator takes no starred arguments");
  if (s.decorator_list.length !== 1) return void error(ctx, d, "@native decorator cannot be used with other decorators");
  if (s._type === "AsyncFunctionDef") return void error(ctx, d, "@native decorator cannot be used on async functions");
  return { decorator: d };
}

export function rejectNativeClass(ctx: Ctx, d: A.Expr): void {
  error(ctx, d, "Cannot decorate a class with @native");
}

/** The library argument and the def (Cinder's bind_call_self and bind_function_inner). */
export function checkNative(ctx: Ctx, s: A.FunctionDef, native: NativeInfo, owner: ClassInfo | undefined): void {
  const arg = native.decorator.args[0];
  const t = checkExpr(ctx, arg);
  if (!assignable(cls("str"), t)) return void error(ctx, arg, MESSAGES.argMismatch(typeName(t), "lib", "str"));
  const lib = arg._type === "Name" ? finalConstant(ctx, arg.id) : arg;
  if (lib?._type !== "Constant" || lib.value.kind !== "str") return void error(ctx, arg, "@native decorator 'lib' argument must be a `str`");
  native.lib = lib.value.value;
  if (owner) return void error(ctx, s, "Cannot decorate a method with @native");
  const body = s.body.find((b) => b._type !== "Pass");
  if (body) return void error(ctx, body, "@native callables cannot contain a function body, only 'pass' is allowed");
  const a = s.args;
  if (a.posonlyargs.length) return void error(ctx, a.posonlyargs[0], "@native callables cannot contain pos-only args");
  if (a.kwonlyargs.length) return void error(ctx, a.kwonlyargs[0], "@native callables cannot contain kw-only args");
  if (a.defaults.length) return void error(ctx, a.defaults[0], "@native callables cannot contain kwargs");
  if (a.vararg || a.kwarg) return void unsupported(ctx, s, "*args and **kwargs in @native functions");
  const fn = ctx.fn!.info;
  // Cinder's CIntInstance: the integer primitives and cbool (not double).
  fn.params.forEach((p, i) => {
    if (p.type.kind !== "prim" || p.type.name === "double") {
      error(ctx, a.args[i], `@native: expected a primitive arg for ${p.name}, not ${typeName(p.type)}`);
    }
  });
  // Results: integers, re-extended from their width (hir/build/module.ts).
  const ret = fn.ret;
  if (ret.kind !== "prim" || ret.name === "double" || ret.name === "cbool") unsupported(ctx, s.returns ?? s, `@native functions returning ${typeName(ret)}`);
}
