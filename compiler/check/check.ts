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
import { type CheckedModule, type Ctx, error, unsupported } from "./context.js";
import { checkFunction, commonInstanceType } from "./function.js";
import { checkExpr, fieldOf, objectOperand, subscriptOperands } from "./expr.js";
import { assignedNames, forgetName, hasBreak, intersect, narrowOnAssign, refine, terminates, withNarrowing } from "./narrow.js";
import { afterTest, forgetFields, loopDiscardsFields, narrowFieldOnStore, stmtPreservesFields } from "./refine-fields.js";
import { boundNames, functionScope, moduleScope } from "./scope.js";
import { DYNAMIC, type SType, assignable, typeName } from "./types.js";
import { FINAL_MISPLACED, collectTypingImports, isClassVarAnnotation, isFinalAnnotation, resolveAnnotation } from "./annotations.js";
import { CLASSVAR_MISPLACED, attributeTarget } from "./classattrs.js";
import { declareClasses, declareFunctionDef } from "./classes.js";
import { checkClassValue } from "./fields.js";
import { binopResult } from "./binop.js";
import { PRIM_NAMES } from "./prims.js";
import { crangeLoop } from "./crange.js";
import { declareNative, isNativeDecorator } from "./natives.js";
import { GENERIC_NAMES, genericDefOf, iterItem } from "./generics.js";
import { ENUM_BASES, declareEnumValue, refuseEnumStore } from "./enums.js";

/** Names of __static__ the checker understands (static_python.md §7). */
const STATIC_NAMES = new Set([
  ...Object.keys(PRIM_NAMES), ...Object.keys(GENERIC_NAMES), "box", "unbox", "final", "cast", "clen", "inline", "crange", "rand",
  "RAND_MAX", "dynamic_return", "allow_weakrefs", "native", ...ENUM_BASES,
]);

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
    staticFunctions: new Map(), calls: new Map(), classes: new Map(), classNodes: new Map(), fields: new Map(),
    items: new Map(), fieldRefinements: new Map(), generics: new Map(), checkedDisplays: new Map(), cranges: new Set(), finalConsts: new Map(), classAttrs: new Map(), propertyReads: new Map(), propertyStores: new Map(),
  };
  const sink = new DiagnosticSink(source);
  const moduleNames = new Set(boundNames(ast.body));
  const ctx: Ctx = {
    mod, sink, scope: moduleScope(), locals: new Map(), statics: new Map(), moduleNames, compScopes: [],
    typing: new Map(), typingModules: new Set(), narrow: new Map(), imports: new Map(), boundOnce: new Set(),
    aliases: new Map(),
  };
  const bindCounts = countBindings(ast.body);
  if (isStatic) collectStaticImports(ctx, ast.body);
  collectTypingImports(ctx, ast.body);
  collectAliases(ctx, ast.body, bindCounts);
  declareClasses(ctx, ast.body);

  for (const [name, n] of bindCounts) if (n === 1) ctx.boundOnce.add(name);
  for (const s of ast.body) {
    if (s._type !== "Import") continue;
    for (const a of s.names) {
      const local = a.asname ?? a.name;
      if (!a.name.includes(".") && bindCounts.get(local) === 1) ctx.imports.set(local, a.name);
    }
  }
  for (const s of ast.body) {
    if (s._type !== "FunctionDef") continue;
    const fn = declareFunctionDef(ctx, s);
    if (isStatic && fn.info.simple && bindCounts.get(s.name) === 1) mod.staticFunctions.set(s.name, fn.info);
  }
  for (const [node, c] of mod.classNodes) {
    if ((c.isStatic || c.enum) && bindCounts.get(c.name) !== 1) {
      unsupported(ctx, node, `rebinding the name of ${c.enum ? "enum" : "static class"} ${c.name}`);
    }
  }
  if (isStatic) {
    for (const s of ast.body) {
      if (s._type === "AnnAssign" && s.target._type === "Name" && isFinalAnnotation(ctx, s.annotation)) {
        declareFinal(ctx, s, s.target.id, bindCounts);
        continue;
      }
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

/** `ArrayI64 = Array[int64]` at module level, bound once: the name is the type (§5). */
function collectAliases(ctx: Ctx, body: A.Stmt[], bindCounts: Map<string, number>): void {
  for (const s of body) {
    if (s._type !== "Assign" || s.targets.length !== 1 || s.targets[0]._type !== "Name") continue;
    const name = s.targets[0].id;
    if (s.value._type === "Subscript" && genericDefOf(ctx, s.value.value) && bindCounts.get(name) === 1) ctx.aliases.set(name, s.value);
  }
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
      else if (a.name === "RAND_MAX") ctx.mod.finalConsts.set(a.asname ?? a.name, randMax(s));
      else ctx.statics.set(a.asname ?? a.name, PRIM_NAMES[a.name] ?? a.name); // aliases: ssize_t is int64
    }
  }
}

/** RAND_MAX, C's (glibc) and the twin's: folded into its uses like a Final int. */
function randMax(at: A.Located): A.Constant {
  const { lineno, col_offset, end_lineno, end_col_offset } = at;
  return { _type: "Constant", value: { kind: "int", value: (1n << 31n) - 1n }, kind: null, lineno, col_offset, end_lineno, end_col_offset };
}

/** `X: Final = 3` / `X: Final[int] = 3` at module level (static_python.md §4.4): a constant
 *  value is folded into every use in this module (an int becomes an immediate where a
 *  primitive is expected); the name may never be rebound. */
function declareFinal(ctx: Ctx, s: A.AnnAssign, name: string, bindCounts: Map<string, number>): void {
  if (!s.value) return void error(ctx, s, "Must assign a value when declaring a Final");
  if ((bindCounts.get(name) ?? 0) > 1) {
    const other = ctx.mod.ast.body.find((t) => t !== s && boundNames([t]).includes(name)) ?? s;
    return void error(ctx, other, "Cannot assign to a Final variable");
  }
  const c = s.value._type === "UnaryOp" && s.value.op._type === "USub" ? s.value.operand : s.value;
  const constant = c._type === "Constant" && ["int", "float", "str", "bool", "None"].includes(c.value.kind) &&
    (c === s.value || c.value.kind === "int" || c.value.kind === "float");
  if (constant) ctx.mod.finalConsts.set(name, s.value);
}

export function checkBody(ctx: Ctx, body: A.Stmt[]): void {
  for (const s of body) {
    checkStmt(ctx, s);
    if (!stmtPreservesFields(ctx, s)) forgetFields(ctx);
  }
}

function checkLoopBody(ctx: Ctx, body: A.Stmt[]): void {
  ctx.loopDepth = (ctx.loopDepth ?? 0) + 1;
  checkBody(ctx, body);
  ctx.loopDepth--;
}

/** Declared type of an assignment target name (undefined: not yet declared). */
export function declaredType(ctx: Ctx, name: string): SType | undefined {
  if (ctx.scope.kind === "function" && ctx.scope.locals.includes(name)) return ctx.locals.get(name);
  return ctx.mod.globals.get(name) ?? DYNAMIC;
}

function assignName(ctx: Ctx, target: A.Name, value: A.Expr): void {
  bindName(ctx, target, checkExpr(ctx, value, declaredType(ctx, target.id)), value);
}

/** Bind `target` to a value of type `t`: settles an unannotated local's declared type,
 *  records the assignment for inference, checks it, and updates narrowing. */
export function bindName(ctx: Ctx, target: A.Name, t: SType, span: A.Located): void {
  const name = target.id;
  if (ctx.scope.kind === "module" && ctx.mod.isStatic && ctx.boundOnce.has(name) && !ctx.mod.globals.has(name) && !ctx.compScopes.length) {
    // At module level a global bound once takes the type of its value (instances of static
    // classes; readers in functions check it when they load it).
    const inferred = commonInstanceType([t]);
    if (inferred) ctx.mod.globals.set(name, inferred);
  }
  let declared = declaredType(ctx, name);
  if (declared === undefined) {
    // An unannotated local: primitives are always declared (§2.2); objects are dynamic
    // unless inference (checkFunction) found a type for them.
    declared = t.kind === "prim" ? t : DYNAMIC;
    ctx.locals.set(name, declared);
  }
  ctx.mod.types.set(target, declared);
  const local = ctx.scope.kind === "function" && ctx.scope.locals.includes(name);
  if (local && ctx.assigned && !ctx.annotated?.has(name)) {
    const list = ctx.assigned.get(name) ?? [];
    list.push(t);
    ctx.assigned.set(name, list);
  }
  if (!assignable(declared, t)) error(ctx, span, MESSAGES.typeMismatch(typeName(t), typeName(declared)));
  else if (local) narrowOnAssign(ctx, name, declared, t);
}

/** A target assigned a value of type `t` that has no expression of its own (an element of
 *  an unpacked sequence, or the shared value of `a = b = v`). */
function assignFromType(ctx: Ctx, target: A.Expr, t: SType): void {
  if (target._type === "Name") return bindName(ctx, target, t, target);
  if (target._type === "Tuple" || target._type === "List") return unpackTargets(ctx, target);
  if (target._type === "Attribute") {
    const obj = objectOperand(ctx, target.value);
    if (refuseEnumStore(ctx, target, obj)) return;
    const want = attributeTarget(ctx, target, obj);
    if (want && !assignable(want, t)) error(ctx, target, MESSAGES.typeMismatch(typeName(t), typeName(want)));
    if (!want && t.kind === "prim") error(ctx, target, MESSAGES.typeMismatch(typeName(t), "dynamic"));
    return;
  }
  if (target._type === "Subscript") return checkItemStore(ctx, target, subscriptOperands(ctx, target), t);
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
    subscriptOperands(ctx, target);
  } else if (target._type === "Attribute") {
    refuseEnumStore(ctx, target, objectOperand(ctx, target.value));
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
  if (target._type === "Attribute") {
    const obj = objectOperand(ctx, target.value);
    if (refuseEnumStore(ctx, target, obj)) return void objectOperand(ctx, value);
    const want = attributeTarget(ctx, target, obj);
    const t = want ? checkExpr(ctx, value, want) : objectOperand(ctx, value);
    if (want && !assignable(want, t)) error(ctx, value, MESSAGES.typeMismatch(typeName(t), typeName(want)));
    else if (want && fieldOf(ctx, target, obj)) narrowFieldOnStore(ctx, target, want, t);
    return;
  }
  if (target._type === "Subscript") {
    const elem = subscriptOperands(ctx, target);
    const t = elem ? checkExpr(ctx, value, elem) : objectOperand(ctx, value);
    checkItemStore(ctx, value, elem, t);
    return;
  }
  unsupported(ctx, target, `assignment to ${target._type}`);
}

/** A value of type `t` stored as an item whose type is `elem` (undefined: an object). */
function checkItemStore(ctx: Ctx, span: A.Located, elem: SType | undefined, t: SType): void {
  if (elem ? !assignable(elem, t) : t.kind === "prim") error(ctx, span, MESSAGES.typeMismatch(typeName(t), elem ? typeName(elem) : "dynamic"));
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
      afterTest(ctx, checkExpr(ctx, s.test));
      if (s.msg) objectOperand(ctx, s.msg);
      ctx.narrow = withNarrowing(ctx.narrow, refine(ctx, s.test).yes);
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
      if (s.target._type === "Attribute") {
        // `self.x: T = v` declares a field (classes.ts); here it is a store.
        if (s.value) assignTarget(ctx, s.target, s.value);
        return;
      }
      if (s.target._type !== "Name") { unsupported(ctx, s, "annotated assignment to items"); return; }
      if (ctx.scope.kind === "function" && ctx.mod.isStatic && isFinalAnnotation(ctx, s.annotation)) {
        error(ctx, s.annotation, FINAL_MISPLACED);
      }
      if (ctx.mod.isStatic && isClassVarAnnotation(ctx, s.annotation)) error(ctx, s, CLASSVAR_MISPLACED);
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
      if (s.target._type === "Attribute") {
        attributeTarget(ctx, s.target, objectOperand(ctx, s.target.value));
        const f = ctx.mod.fields.get(s.target);
        if (!f) { objectOperand(ctx, s.value); return; }
        ctx.mod.types.set(s.target, f.type);
        const r = checkExpr(ctx, s.value, f.type.kind === "prim" ? f.type : undefined);
        const t = binopResult(ctx, s, s.op._type, f.type, r);
        if (!assignable(f.type, t)) error(ctx, s, MESSAGES.typeMismatch(typeName(t), typeName(f.type)));
        return;
      }
      if (s.target._type === "Subscript") {
        const elem = subscriptOperands(ctx, s.target) ?? DYNAMIC;
        ctx.mod.types.set(s.target, elem);
        const r = checkExpr(ctx, s.value, elem.kind === "prim" ? elem : undefined);
        const t = binopResult(ctx, s, s.op._type, elem, r);
        checkItemStore(ctx, s, elem.kind === "dynamic" ? undefined : elem, t);
        return;
      }
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
      else if (ctx.assigned && !ctx.annotated?.has(s.target.id) && declared.kind !== "prim") ctx.assigned.set(s.target.id, [DYNAMIC]);
      forgetName(ctx, s.target.id);
      return;
    }
    case "If": {
      afterTest(ctx, checkExpr(ctx, s.test));
      const r = refine(ctx, s.test);
      const before = ctx.narrow;
      ctx.narrow = withNarrowing(before, r.yes);
      checkBody(ctx, s.body);
      const afterBody = ctx.narrow;
      ctx.narrow = withNarrowing(before, r.no);
      checkBody(ctx, s.orelse);
      const afterElse = ctx.narrow;
      const [bodyEnds, elseEnds] = [terminates(s.body), terminates(s.orelse)];
      ctx.narrow = bodyEnds && !elseEnds ? afterElse : elseEnds && !bodyEnds ? afterBody : intersect(afterBody, afterElse);
      return;
    }
    case "While": {
      forget(ctx, s);
      afterTest(ctx, checkExpr(ctx, s.test));
      const r = refine(ctx, s.test);
      const before = ctx.narrow;
      ctx.narrow = withNarrowing(before, r.yes);
      checkLoopBody(ctx, s.body);
      ctx.narrow = hasBreak(s.body) ? before : withNarrowing(before, r.no);
      checkBody(ctx, s.orelse);
      return;
    }
    case "For": {
      const counter = crangeLoop(ctx, s);
      if (counter && ctx.scope.kind === "module") { unsupported(ctx, s.iter, "crange at module level"); return; }
      const iter = counter ?? objectOperand(ctx, s.iter);
      forget(ctx, s);
      const elem = counter ?? iterItem(iter);
      // Module-level code iterates an Array's boxed items (globals cannot be primitives).
      const item = elem.kind === "prim" && ctx.scope.kind === "module" ? DYNAMIC : elem;
      if (s.target._type === "Name") {
        ctx.assigned?.set(s.target.id, [...(ctx.assigned.get(s.target.id) ?? []), item.kind === "instance" || item.kind === "optional" || item.kind === "generic" ? item : DYNAMIC]);
        const declared = declaredType(ctx, s.target.id);
        // An Array's primitive items declare an unannotated target, as an assignment would.
        const target = declared ?? (item.kind === "prim" ? item : DYNAMIC);
        if (declared === undefined) ctx.locals.set(s.target.id, target);
        else if (!assignable(declared, item)) error(ctx, s.target, MESSAGES.typeMismatch(typeName(item), typeName(declared)));
        ctx.mod.types.set(s.target, target);
      } else if (item.kind === "prim") {
        error(ctx, s.target, `cannot unpack multiple values from ${typeName(iter)} while iterating`);
      } else if (s.target._type === "Tuple" || s.target._type === "List") {
        unpackTargets(ctx, s.target);
      } else {
        unsupported(ctx, s.target, "for loops with this target");
        return;
      }
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
    case "AsyncFunctionDef":
      if (s.decorator_list.some((d) => isNativeDecorator(ctx, d))) declareNative(ctx, s);
      else unsupported(ctx, s, "the async def statement");
      return;
    case "FunctionDef":
      if (ctx.scope.kind !== "module") unsupported(ctx, s, "nested functions");
      else if (!ctx.mod.ast.body.includes(s)) unsupported(ctx, s, "def inside a block");
      else checkDefaults(ctx, s);
      return;
    case "ClassDef":
      if (ctx.scope.kind !== "module") unsupported(ctx, s, "classes inside functions");
      else if (!ctx.mod.ast.body.includes(s)) unsupported(ctx, s, "class inside a block");
      else checkClassStatement(ctx, s);
      return;
    default:
      unsupported(ctx, s, `the ${STMT_NAMES[s._type] ?? s._type} statement`);
  }
}

/** Names a loop assigns lose their narrowing at its head, and fields theirs if anything in
 *  the loop could discard them (refine-fields.ts). */
function forget(ctx: Ctx, s: A.While | A.For): void {
  for (const n of assignedNames([s])) forgetName(ctx, n);
  if (loopDiscardsFields(ctx, s._type === "While" ? [s.test, s.body] : [s.body])) forgetFields(ctx);
}

/** What the class statement evaluates in the module: bases, class-level values, defaults. */
function checkClassStatement(modCtx: Ctx, s: A.ClassDef): void {
  const ctx: Ctx = { ...modCtx, classBody: true };
  for (const b of s.bases) objectOperand(ctx, b);
  const classNames = new Map<string, SType>();
  for (const m of s.body) {
    if (m._type === "FunctionDef") {
      checkDefaults(ctx, m);
      const decorator = ctx.mod.functions.find((f) => f.node === m)?.info.decorator;
      if (decorator) {
        ctx.compScopes.push(classNames);
        checkExpr(ctx, decorator);
        ctx.compScopes.pop();
      }
      classNames.set(m.name, DYNAMIC);
    } else if (m._type === "Assign" || (m._type === "AnnAssign" && m.value)) {
      // Class-body names resolve in the class namespace first; they are dynamic here.
      const value = m._type === "Assign" ? m.value : m.value!;
      ctx.compScopes.push(classNames);
      const t = objectOperand(ctx, value);
      ctx.compScopes.pop();
      if (m._type === "AnnAssign") checkClassValue(ctx, s, m, t);
      const enumInfo = ctx.mod.classNodes.get(s)?.enum;
      for (const target of m._type === "Assign" ? m.targets : [m.target]) {
        if (target._type !== "Name") continue;
        classNames.set(target.id, DYNAMIC);
        if (enumInfo) declareEnumValue(ctx, enumInfo, m, target.id, t);
      }
    } else if (m._type === "Expr") {
      ctx.compScopes.push(classNames);
      checkExpr(ctx, m.value);
      ctx.compScopes.pop();
    }
  }
}

/** Defaults are evaluated in the module when the `def` runs, and must suit their parameter. */
function checkDefaults(ctx: Ctx, s: A.FunctionDef): void {
  const fn = ctx.mod.functions.find((f) => f.node === s);
  for (const p of fn?.info.params ?? []) {
    if (!p.default) continue;
    const t = p.type.kind === "prim" ? checkExpr(ctx, p.default, p.type) : objectOperand(ctx, p.default);
    if (!assignable(p.type, t)) error(ctx, p.default, MESSAGES.typeMismatch(typeName(t), typeName(p.type)));
  }
}

const STMT_NAMES: Record<string, string> = {
  Try: "try", TryStar: "try", With: "with", Nonlocal: "nonlocal", AsyncFor: "async for",
  AsyncWith: "async with", Match: "match",
};

