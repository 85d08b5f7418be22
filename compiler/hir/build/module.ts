// HIR construction for a whole module: the module body, and for every `def` a native entry
// (typed parameters, SysV registers, no checks: what static callers call) and a boxed
// entry (what Python calls: binds vectorcall arguments, runs CHECK_ARGS and unboxing,
// calls the native entry, boxes the result).
//
// Consumes: a CheckedModule. Produces: an HModule: HIR functions plus the tables the object
// emitter lays out as data (constants, function descriptors).

import type * as A from "../../parse/ast.js";
import type { CheckedModule, FunctionChecked } from "../../check/context.js";
import { DYNAMIC, type IntPrimName, checkedClass, isMortal, repr } from "../../check/types.js";
import type { FunctionSig, HFunction, Value } from "../hir.js";
import type { Repr } from "../ops.js";
import { InternalError } from "../../diagnostics.js";
import { FnBuilder } from "./builder.js";
import { type ConstEntry, ConstTable } from "./consts.js";
import { ExprBuilder } from "./expr.js";
import { StmtBuilder } from "./stmt.js";
import { type HClassDesc, buildClassStatement, buildThunks, classDesc } from "./class.js";
import { type HGenericDesc, genericDesc } from "./containers.js";

/** A Python-visible function object's descriptor (CSR_FunctionDesc). */
export interface PyFunctionDesc {
  name: string;
  qualname: string;
  params: string[];
  /** How many of the params (the last ones) are keyword-only. */
  nkwonly: number;
  /** Symbols of the boxed entry, the native entry and of the descriptor itself. */
  boxed: string;
  native: string;
  desc: string;
  /** Methods of static classes: the vtable slot they fill (-1: none) and the class's descriptor. */
  vslot: number;
  cls?: string;
}

/** A @native def's CSR_NativeDesc: the library, the symbol, and the address once resolved. */
export interface HNativeDesc {
  desc: string;
  lib: string;
  name: string;
}

export interface HModule {
  name: string;
  filename: string;
  consts: ConstEntry[];
  functions: HFunction[];
  pyFunctions: PyFunctionDesc[];
  classes: HClassDesc[];
  /** Checked container types the module names (their CSR_GenericDesc). */
  generics: HGenericDesc[];
  natives: HNativeDesc[];
  /** Symbols: the module body, the CSR_ModuleDesc, the constant cells. */
  body: string;
  desc: string;
  cells: string;
  /** The LOAD_GLOBAL site caches, counted as the lowering hands them out. */
  globalCaches: { symbol: string; count: number };
}

export function moduleSymbols(name: string) {
  return { body: `${name}.<module>`, desc: `cinderc_module_${name}`, cells: `${name}.<consts>` };
}

export function buildModule(mod: CheckedModule): HModule {
  const consts = new ConstTable();
  const syms = moduleSymbols(mod.name);
  const functions: HFunction[] = [];
  const pyFunctions: PyFunctionDesc[] = [];
  const natives: HNativeDesc[] = [];
  const byNode = new Map(mod.functions.map((f) => [f.node, f]));

  for (const fn of mod.functions) {
    const cls = fn.info.cls;
    const method = cls?.methods.get(fn.info.name);
    const desc: PyFunctionDesc = {
      name: fn.info.name, qualname: cls ? `${cls.name}.${fn.info.name}` : fn.info.name, params: fn.info.params.map((p) => p.name),
      boxed: `${fn.info.symbol}$boxed`, native: fn.info.symbol, desc: `${fn.info.symbol}$desc`,
      nkwonly: fn.info.params.filter((p) => p.kwonly).length,
      vslot: cls?.isStatic && method?.fn === fn.info ? method.slot : -1, cls: cls?.isStatic ? cls.desc : undefined,
    };
    pyFunctions.push(desc);
    if (fn.info.native) {
      const nd: HNativeDesc = { desc: `${fn.info.symbol}$native`, lib: fn.info.native.lib!, name: fn.info.name };
      natives.push(nd);
      functions.push(buildNativeThunk(mod, consts, fn, nd), buildBoxedEntry(mod, consts, fn, desc, { native: nd }));
      continue;
    }
    const native = buildNative(mod, consts, fn);
    functions.push(native, buildBoxedEntry(mod, consts, fn, desc, { sig: native.sig }));
  }

  // Classes with a CSR_ClassDesc: static ones, and enums (only its type, for checks).
  const classes = [...mod.classNodes.values()].filter((c) => c.isStatic || c.enum);
  for (const c of classes) functions.push(...buildThunks(mod, consts, c));

  // The module body: globals live in the module dict, so nothing is an SSA local.
  const sig: FunctionSig = { symbol: syms.body, params: ["object"], ret: "object" };
  const fb = new FnBuilder(mod, consts, "<module>", sig, () => "object");
  const module = fb.value("Param", [], { index: 0 }, "object", "borrowed");
  const x = new ExprBuilder(fb, { isLocal: () => false });
  const st = new StmtBuilder(fb, x, {
    ret: DYNAMIC,
    declared: (name) => mod.globals.get(name) ?? DYNAMIC,
    defineFunction: (s) => makeFunction(byNode.get(s)!),
    defineClass: (s) => buildClassStatement(x, s, mod.classNodes.get(s)!, module, makeFunction),
  });
  /** A def's function object; its defaults are evaluated now, when the def runs: a tuple
   *  for positional parameters, a dict for keyword-only ones. */
  function makeFunction(fn: FunctionChecked): Value {
    // A primitive parameter's default is kept boxed, as dynamic callers pass it.
    const value = (d: A.Expr) => fb.box(x.expr(d), x.typeOf(d));
    const positional = fn.info.params.filter((p) => !p.kwonly && p.default).map((p) => value(p.default!));
    const kwonly = fn.info.params.filter((p) => p.kwonly && p.default).map((p) => [p.name, value(p.default!)] as const);
    fb.line = fn.node.lineno;
    const defaults = positional.length ? fb.value("BuildTuple", positional) : fb.value("Null", []);
    let kwdefaults = fb.value("Null", []);
    if (kwonly.length) {
      kwdefaults = fb.callC("PyDict_New", [])!;
      for (const [name, v] of kwonly) fb.callC("PyDict_SetItem", [kwdefaults, fb.constObj(consts.str(name)), v]);
    }
    const addr = fb.value("SymbolAddr", [], { symbol: `${fn.info.symbol}$desc` });
    return fb.callC("CSR_Function_New", [addr, module, defaults, kwdefaults])!;
  }
  st.body(mod.ast.body);
  if (fb.cur) fb.ret(fb.value("Singleton", [], { name: "None" }));
  functions.push(fb.finish());

  return {
    name: mod.name, filename: mod.source.path, consts: consts.entries, functions, pyFunctions, classes: classes.map(classDesc), generics: [...mod.generics.values()].map(genericDesc), natives, ...syms,
    globalCaches: { symbol: `${mod.name}.<globals cache>`, count: 0 },
  };
}

function buildNative(mod: CheckedModule, consts: ConstTable, fn: FunctionChecked): HFunction {
  const sig: FunctionSig = { symbol: fn.info.symbol, params: fn.info.params.map((p) => repr(p.type)), ret: repr(fn.info.ret) };
  const fb = new FnBuilder(mod, consts, fn.info.name, sig, (name) => repr(fn.locals.get(name) ?? DYNAMIC));
  fb.line = fn.node.lineno;
  fn.info.params.forEach((p, i) => {
    const v = fb.value("Param", [], { index: i }, sig.params[i], "borrowed");
    if (isMortal(p.type)) v.mortal = true; // CHECK_ARGS or the static caller made sure
    fb.write(p.name, v);
  });
  const x = new ExprBuilder(fb, { isLocal: (n) => fn.scope.locals.includes(n) });
  const st = new StmtBuilder(fb, x, {
    ret: fn.info.ret,
    declared: (name) => fn.locals.get(name) ?? mod.globals.get(name) ?? DYNAMIC,
    defineFunction: () => { throw new InternalError("hir-build", "nested def"); },
    defineClass: () => { throw new InternalError("hir-build", "nested class"); },
  });
  st.body(fn.node.body);
  if (fb.cur) fb.ret(zeroOrNone(fb, sig.ret));
  return fb.finish();
}

/** A @native def's native entry, what static callers call: the C function's address (the
 *  runtime resolves it on the first call, or raises), then a C call. A result narrower than
 *  64 bits is re-extended from its width, as C leaves the upper bits undefined. */
function buildNativeThunk(mod: CheckedModule, consts: ConstTable, fn: FunctionChecked, nd: HNativeDesc): HFunction {
  const sig: FunctionSig = { symbol: fn.info.symbol, params: fn.info.params.map((p) => repr(p.type)), ret: repr(fn.info.ret) };
  const fb = new FnBuilder(mod, consts, fn.info.name, sig, () => "object");
  fb.line = fn.node.lineno;
  const args = sig.params.map((r, i) => fb.value("Param", [], { index: i }, r, "borrowed"));
  const address = fb.callC("CSR_Native_Resolve", [fb.value("SymbolAddr", [], { symbol: nd.desc })])!;
  const result = fb.value("CallNative", [address, ...args], {}, "int64");
  const prim = fn.info.ret.kind === "prim" ? fn.info.ret.name as IntPrimName : "int64"; // checkNative made sure
  fb.ret(prim === "int64" || prim === "uint64" ? result : fb.value("IntConvert", [result], { prim }));
  return fb.finish();
}

/** Falling off the end returns None; a primitive-returning function cannot get here (the
 *  checker reports it), but the block still needs a terminator. */
function zeroOrNone(fb: FnBuilder, ret: Repr): Value {
  if (ret === "int64") return fb.value("Int64Const", [], { int: 0n });
  if (ret === "cbool") return fb.value("CBoolConst", [], { int: 0n });
  if (ret === "double") return fb.value("DoubleConst", [], { double: 0 });
  return fb.value("Singleton", [], { name: "None" });
}

/** PyObject *boxed(PyObject *self, PyObject *const *args, Py_ssize_t nargsf, PyObject *kwnames) */
function buildBoxedEntry(
  mod: CheckedModule, consts: ConstTable, fn: FunctionChecked, desc: PyFunctionDesc, callee: { sig: FunctionSig } | { native: HNativeDesc },
): HFunction {
  const sig: FunctionSig = { symbol: desc.boxed, params: ["object", "ptr", "int64", "nullable"], ret: "object" };
  const fb = new FnBuilder(mod, consts, fn.info.name, sig, () => "object");
  // Line 0: argument errors happen before the function runs and add no traceback entry.
  fb.line = 0;
  const [self, args, nargs, kwnames] = sig.params.map((r, i) => fb.value("Param", [], { index: i }, r, "borrowed"));
  const n = fn.info.params.length;
  const cells = fb.value("StackArray", [], { size: Math.max(n, 1) });
  const d = fb.value("SymbolAddr", [], { symbol: desc.desc });
  fb.callC("CSR_Args_Bind", [d, self, args, nargs, kwnames, cells]);
  const values = fn.info.params.map((p, i) => {
    const v = fb.value("LoadArrayItem", [cells], { index: i });
    const check = checkedClass(p.type);
    if (check) fb.emit("CheckArg", [v], { pytype: check, index: i, symbol: desc.desc });
    if (p.type.kind === "prim") {
      // CHECK_ARGS names the parameter; the unboxing then range-checks (§6.1).
      const boxedAs = p.type.name === "cbool" ? "bool" : p.type.name === "double" ? "float" : "int";
      const boxedClass = { int: "PyLong_Type", bool: "PyBool_Type", float: "PyFloat_Type" }[boxedAs];
      fb.emit("CheckArg", [v], { pytype: { symbol: boxedClass, name: boxedAs }, index: i, symbol: desc.desc });
      return fb.unbox(v, p.type);
    }
    return v;
  });
  if ("native" in callee) {
    // A @native def called from Python: Cinder's body raises RuntimeError once the
    // arguments are bound and checked.
    fb.line = fn.node.lineno;
    fb.ret(fb.callC("CSR_Native_CalledDynamically", [fb.value("SymbolAddr", [], { symbol: callee.native.desc })])!);
    return fb.finish();
  }
  const native = callee.sig;
  const r = fb.value("InvokeStatic", values, { callee: native }, native.ret, native.ret === "object" ? "owned" : undefined);
  fb.ret(fb.box(r, fn.info.ret));
  return fb.finish();
}
