// The static type checker: module structure, annotations, and statements.
//
// Consumes: the AST of one module. Produces: a CheckedModule (context.ts) or a
// CompileError with every diagnostic found. Invariants on success: every expression the
// HIR builder will visit has a recorded type, every local has a declared type, and every
// construct outside what the later stages compile was reported as "not supported yet".
//
//   import __static__
//   from __static__ import int64
//   def f(n: int64) -> int64:      f is called natively; n and the result stay unboxed
//       return n + 1
//   x: int = "a"                   error: type mismatch: str cannot be assigned to int

import type * as A from "../parse/ast.js";
import { DiagnosticSink, MESSAGES } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { type CheckedModule, type Ctx, type FunctionChecked, error, unsupported } from "./context.js";
import { checkExpr, objectOperand } from "./expr.js";
import { boundNames, functionScope, moduleScope } from "./scope.js";
import { DYNAMIC, type FunctionInfo, type SType, assignable, cls, prim, typeName } from "./types.js";
import { binopResult } from "./binop.js";

/** Names of __static__ the checker understands (static_python.md §7). */
const STATIC_NAMES = new Set(["int64", "double", "cbool", "box", "unbox"]);

export interface CheckOptions {
  /** Run-time module name ("__main__" for the main module). */
  name: string;
  /** `--static`: treat the module as static even without `import __static__`. */
  forceStatic: boolean;
}

export function checkModule(ast: A.Module, source: SourceFile, opts: CheckOptions): CheckedModule {
  const isStatic = opts.forceStatic || ast.body.some((s) => s._type === "Import" && s.names.some((a) => a.name === "__static__"));
  const mod: CheckedModule = {
    name: opts.name, isStatic, source, ast, types: new Map(), functions: [], globals: new Map(),
    staticFunctions: new Map(), calls: new Map(),
  };
  const sink = new DiagnosticSink(source);
  const moduleNames = new Set(boundNames(ast.body));
  const ctx: Ctx = { mod, sink, scope: moduleScope(), locals: new Map(), statics: new Map(), moduleNames, compScopes: [] };
  if (isStatic) collectStaticImports(ctx, ast.body);

  const bindCounts = countBindings(ast.body);
  for (const s of ast.body) {
    if (s._type !== "FunctionDef") continue;
    const fn = declareFunction(ctx, s);
    if (isStatic && fn.info.simple && bindCounts.get(s.name) === 1) mod.staticFunctions.set(s.name, fn.info);
  }
  if (isStatic) {
    for (const s of ast.body) {
      if (s._type === "AnnAssign" && s.target._type === "Name") {
        const t = resolveAnnotation(ctx, s.annotation);
        if (t.kind === "prim") error(ctx, s, MESSAGES.primitiveScope());
        else mod.globals.set(s.target.id, t);
      }
    }
  }
  checkBody(ctx, ast.body);
  for (const fn of mod.functions) checkFunction(ctx, fn);
  sink.check();
  return mod;
}

/** How many top-level statements (or `global` writers) bind each module name. */
function countBindings(body: A.Stmt[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of body) {
    for (const n of boundNames([s])) counts.set(n, (counts.get(n) ?? 0) + 1);
    if (s._type === "FunctionDef") {
      const scope = functionScope(s);
      for (const n of boundNames(s.body)) if (scope.globals.has(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return counts;
}

function collectStaticImports(ctx: Ctx, body: A.Stmt[]): void {
  for (const s of body) {
    if (s._type !== "ImportFrom" || s.module !== "__static__" || s.level !== 0) continue;
    for (const a of s.names) {
      if (a.name === "*") error(ctx, s, MESSAGES.staticImportStar());
      else if (!STATIC_NAMES.has(a.name)) error(ctx, s, MESSAGES.unsupportedStaticImport(a.name));
      else ctx.statics.set(a.asname ?? a.name, a.name);
    }
  }
}

/** The static type an annotation declares (§2.1); dynamic in non-static modules. */
export function resolveAnnotation(ctx: Ctx, ann: A.Expr | null | undefined): SType {
  if (!ann || !ctx.mod.isStatic) return DYNAMIC;
  if (ann._type === "Constant" && ann.value.kind === "None") return cls("NoneType", true);
  if (ann._type === "Subscript" && ann.value._type === "Name" && (ann.value.id === "list" || ann.value.id === "List")) return cls("list");
  if (ann._type !== "Name") return DYNAMIC;
  const st = ctx.statics.get(ann.id);
  if (st === "int64" || st === "double" || st === "cbool") return prim(st);
  if (ctx.moduleNames.has(ann.id)) return DYNAMIC;
  switch (ann.id) {
    case "int": case "str": case "bool": case "list": case "object": return cls(ann.id);
    // PEP 484 widens float to float | int, and Static Python has no unions: dynamic (§2.1).
    default: return DYNAMIC;
  }
}

function declareFunction(ctx: Ctx, s: A.FunctionDef): FunctionChecked {
  const a = s.args;
  const simple = a.posonlyargs.length === 0 && !a.vararg && !a.kwarg;
  if (!simple) unsupported(ctx, s, "*args, **kwargs and positional-only parameters");
  if (s.decorator_list.length) unsupported(ctx, s.decorator_list[0], "decorators");
  const firstDefault = a.args.length - a.defaults.length;
  const params = [
    ...a.args.map((p, i) => ({ name: p.arg, type: resolveAnnotation(ctx, p.annotation), default: a.defaults[i - firstDefault], kwonly: false })),
    ...a.kwonlyargs.map((p, i) => ({ name: p.arg, type: resolveAnnotation(ctx, p.annotation), default: a.kw_defaults[i] ?? undefined, kwonly: true })),
  ];
  const ret = resolveAnnotation(ctx, s.returns);
  const info: FunctionInfo = { name: s.name, params, ret, symbol: `${ctx.mod.name}.${s.name}`, simple };
  const fn: FunctionChecked = { node: s, info, scope: functionScope(s), locals: new Map(params.map((p) => [p.name, p.type])) };
  ctx.mod.functions.push(fn);
  return fn;
}

function checkFunction(modCtx: Ctx, fn: FunctionChecked): void {
  const ctx: Ctx = { ...modCtx, scope: fn.scope, locals: fn.locals, ret: fn.info.ret };
  for (const n of fn.scope.globals) {
    if (fn.info.params.some((p) => p.name === n)) error(ctx, fn.node, `name '${n}' is parameter and global`);
  }
  // Declared types of unannotated locals come from their first assignment; a first pass
  // with diagnostics muted settles them so reads earlier in the text (loops) agree.
  const real = ctx.sink;
  const params = [...fn.node.args.args, ...fn.node.args.kwonlyargs].filter((p) => p.annotation).map((p) => p.arg);
  ctx.sink = new DiagnosticSink(real.source);
  ctx.annotated = new Set(params);
  checkBody(ctx, fn.node.body);
  ctx.sink = real;
  ctx.annotated = new Set(params);
  checkBody(ctx, fn.node.body);
  const ret = fn.info.ret;
  const noneOk = ret.kind === "dynamic" || (ret.kind === "class" && (ret.name === "NoneType" || ret.name === "object"));
  if (!noneOk && canFallOff(fn.node.body)) error(ctx, fn.node, MESSAGES.implicitNone(typeName(ret)));
}

/** Can control reach the end of this statement list? (break inside loops ends the loop only) */
export function canFallOff(body: A.Stmt[]): boolean {
  for (const s of body) {
    if (s._type === "Return" || s._type === "Raise") return false;
    if (s._type === "If" && !canFallOff(s.body) && !canFallOff(s.orelse)) return false;
    if (s._type === "While" && s.test._type === "Constant" && s.test.value.kind === "bool" && s.test.value.value && !hasBreak(s.body)) return false;
  }
  return true;
}

function hasBreak(body: A.Stmt[]): boolean {
  return body.some((s) => s._type === "Break" || ((s._type === "If") && (hasBreak(s.body) || hasBreak(s.orelse))));
}

function checkBody(ctx: Ctx, body: A.Stmt[]): void {
  for (const s of body) checkStmt(ctx, s);
}

function checkLoopBody(ctx: Ctx, body: A.Stmt[]): void {
  ctx.loopDepth = (ctx.loopDepth ?? 0) + 1;
  checkBody(ctx, body);
  ctx.loopDepth--;
}

/** Declared type of an assignment target name (undefined: not yet declared). */
function declaredType(ctx: Ctx, name: string): SType | undefined {
  if (ctx.scope.kind === "function" && ctx.scope.locals.includes(name)) return ctx.locals.get(name);
  return ctx.mod.globals.get(name) ?? DYNAMIC;
}

function assignName(ctx: Ctx, target: A.Name, value: A.Expr): void {
  let declared = declaredType(ctx, target.id);
  const t = checkExpr(ctx, value, declared);
  if (declared === undefined) {
    // An unannotated local: primitives are always declared (§2.2); objects are dynamic.
    declared = t.kind === "prim" ? t : DYNAMIC;
    ctx.locals.set(target.id, declared);
  }
  ctx.mod.types.set(target, declared);
  if (!assignable(declared, t)) error(ctx, value, MESSAGES.typeMismatch(typeName(t), typeName(declared)));
}

/** A target assigned a value of type `t` that has no expression of its own (an element of
 *  an unpacked sequence, or the shared value of `a = b = v`). */
function assignFromType(ctx: Ctx, target: A.Expr, t: SType): void {
  if (target._type === "Name") {
    let declared = declaredType(ctx, target.id);
    if (declared === undefined) {
      declared = t.kind === "prim" ? t : DYNAMIC;
      ctx.locals.set(target.id, declared);
    }
    ctx.mod.types.set(target, declared);
    if (!assignable(declared, t)) error(ctx, target, MESSAGES.typeMismatch(typeName(t), typeName(declared)));
    return;
  }
  if (target._type === "Tuple" || target._type === "List") return unpackTargets(ctx, target);
  if (t.kind === "prim") error(ctx, target, MESSAGES.typeMismatch(typeName(t), "dynamic"));
  checkStoreTarget(ctx, target);
}

/** `a, (b, c) = seq`: every element gets a dynamic value (§2.2). */
function unpackTargets(ctx: Ctx, target: A.Tuple | A.List): void {
  for (const elt of target.elts) {
    if (elt._type === "Starred") unsupported(ctx, elt, "starred assignment targets");
    else assignFromType(ctx, elt, DYNAMIC);
  }
}

/** Type the object and key of an item or attribute target. */
function checkStoreTarget(ctx: Ctx, target: A.Expr): void {
  if (target._type === "Subscript") {
    objectOperand(ctx, target.value);
    objectOperand(ctx, target.slice);
  } else if (target._type === "Attribute") {
    objectOperand(ctx, target.value);
  } else {
    unsupported(ctx, target, `assignment to ${target._type}`);
  }
}

function assignTarget(ctx: Ctx, target: A.Expr, value: A.Expr): void {
  if (target._type === "Name") return assignName(ctx, target, value);
  if (target._type === "Tuple" || target._type === "List") {
    // `a, b = x, y` assigns element by element (no tuple is built), so types carry over.
    if (value._type === "Tuple" && value.elts.length === target.elts.length && !value.elts.some((v) => v._type === "Starred") &&
        target.elts.every((t) => t._type === "Name")) {
      target.elts.forEach((t, k) => assignName(ctx, t as A.Name, value.elts[k]));
      return;
    }
    objectOperand(ctx, value);
    return unpackTargets(ctx, target);
  }
  if (target._type === "Subscript" || target._type === "Attribute") {
    objectOperand(ctx, value);
    objectOperand(ctx, target.value);
    if (target._type === "Subscript") objectOperand(ctx, target.slice);
    return;
  }
  unsupported(ctx, target, `assignment to ${target._type}`);
}

function checkStmt(ctx: Ctx, s: A.Stmt): void {
  switch (s._type) {
    case "Expr": checkExpr(ctx, s.value); return;
    case "Assign":
      if (s.targets.length === 1) assignTarget(ctx, s.targets[0], s.value);
      else {
        const t = objectOperand(ctx, s.value);
        for (const target of s.targets) assignFromType(ctx, target, t);
      }
      return;
    case "Raise":
      if (s.exc) objectOperand(ctx, s.exc);
      if (s.cause) objectOperand(ctx, s.cause);
      return;
    case "Assert":
      checkExpr(ctx, s.test);
      if (s.msg) objectOperand(ctx, s.msg);
      return;
    case "Delete":
      for (const t of s.targets) {
        if (t._type === "Name") {
          const declared = declaredType(ctx, t.id);
          if (declared?.kind === "prim") error(ctx, t, "deleting primitives not supported");
          ctx.mod.types.set(t, declared ?? DYNAMIC);
        } else checkStoreTarget(ctx, t);
      }
      return;
    case "AnnAssign": {
      if (s.target._type !== "Name") { unsupported(ctx, s, "annotated assignment to attributes or items"); return; }
      const t = resolveAnnotation(ctx, s.annotation);
      if (ctx.scope.kind === "function") {
        if (ctx.annotated?.has(s.target.id)) error(ctx, s, MESSAGES.redefineLocal(s.target.id));
        ctx.annotated?.add(s.target.id);
        ctx.locals.set(s.target.id, t);
      }
      if (s.value) assignName(ctx, s.target, s.value);
      else ctx.mod.types.set(s.target, t);
      return;
    }
    case "AugAssign": {
      if (s.target._type !== "Name") {
        objectOperand(ctx, s.target);
        objectOperand(ctx, s.value);
        return;
      }
      const declared = declaredType(ctx, s.target.id) ?? DYNAMIC;
      ctx.mod.types.set(s.target, declared);
      const r = checkExpr(ctx, s.value, declared.kind === "prim" ? declared : undefined);
      const t = binopResult(ctx, s, s.op._type, declared, r);
      if (!assignable(declared, t)) error(ctx, s, MESSAGES.typeMismatch(typeName(t), typeName(declared)));
      return;
    }
    case "If":
      checkExpr(ctx, s.test);
      checkBody(ctx, s.body);
      checkBody(ctx, s.orelse);
      return;
    case "While":
      checkExpr(ctx, s.test);
      checkLoopBody(ctx, s.body);
      checkBody(ctx, s.orelse);
      return;
    case "For": {
      if (s.target._type !== "Name") { unsupported(ctx, s.target, "for loops with this target"); return; }
      objectOperand(ctx, s.iter);
      const declared = declaredType(ctx, s.target.id);
      if (declared === undefined) ctx.locals.set(s.target.id, DYNAMIC);
      else if (declared.kind === "prim") error(ctx, s.target, MESSAGES.typeMismatch("dynamic", typeName(declared)));
      ctx.mod.types.set(s.target, declared ?? DYNAMIC);
      checkLoopBody(ctx, s.body);
      checkBody(ctx, s.orelse);
      return;
    }
    case "Return": {
      if (ctx.scope.kind !== "function") { error(ctx, s, "'return' outside function"); return; }
      const ret = ctx.ret ?? DYNAMIC;
      if (!s.value) {
        if (ret.kind === "prim" || (ret.kind === "class" && ret.name !== "NoneType" && ret.name !== "object")) {
          error(ctx, s, MESSAGES.returnMismatch(typeName(ret), "None"));
        }
        return;
      }
      const t = checkExpr(ctx, s.value, ret);
      if (!assignable(ret, t)) error(ctx, s.value, MESSAGES.returnMismatch(typeName(ret), typeName(t)));
      return;
    }
    case "Break": case "Continue":
      // ast.parse accepts these anywhere; CPython's compiler rejects them outside loops.
      if (!ctx.loopDepth) error(ctx, s, `'${s._type.toLowerCase()}' ${s._type === "Break" ? "outside loop" : "not properly in loop"}`);
      return;
    case "Pass": case "Global": return;
    case "Import":
      for (const a of s.names) if (a.asname && a.name.includes(".")) unsupported(ctx, s, "import a.b as c");
      return;
    case "ImportFrom":
      if (s.names.some((a) => a.name === "*")) { if (s.module !== "__static__") unsupported(ctx, s, "import *"); }
      return;
    case "FunctionDef":
      if (ctx.scope.kind !== "module") unsupported(ctx, s, "nested functions");
      else if (!ctx.mod.ast.body.includes(s)) unsupported(ctx, s, "def inside a block");
      else checkDefaults(ctx, s);
      return;
    default:
      unsupported(ctx, s, `the ${STMT_NAMES[s._type] ?? s._type} statement`);
  }
}

/** Defaults are evaluated in the module when the `def` runs, and must suit their parameter. */
function checkDefaults(ctx: Ctx, s: A.FunctionDef): void {
  const fn = ctx.mod.functions.find((f) => f.node === s);
  for (const p of fn?.info.params ?? []) {
    if (!p.default) continue;
    const t = objectOperand(ctx, p.default);
    if (!assignable(p.type, t)) error(ctx, p.default, MESSAGES.typeMismatch(typeName(t), typeName(p.type)));
  }
}

const STMT_NAMES: Record<string, string> = {
  ClassDef: "class", Try: "try", TryStar: "try", With: "with", Nonlocal: "nonlocal", AsyncFunctionDef: "async def", AsyncFor: "async for",
  AsyncWith: "async with", Match: "match",
};

