// Narrowing of fields (static_python.md §2.3; Cinder's test_refine_fields.py): `o.x`, for a
// local `o` of a static class with a typed field `x` (never a property), is narrowed by
// `is None` / `is not None` / `isinstance` and by a store, like a local. Cinder's rule for
// how long that lasts is mirrored exactly, so the same programs are accepted: every AST node
// other than the few that cannot run Python code (names, constants, refinable field loads,
// `is` comparisons, `and`/`or`, one-target assignments to a name or refinable field, pass,
// if/while/assert on a bool test) discards every field refinement once it has been checked;
// a join keeps only what both paths prove; a loop keeps them only if nothing in it could
// discard them (a syntactic approximation of Cinder's fixpoint).
//
// Soundness does not rest on that rule. As in Cinder's code generator, a narrowed read does
// not load the field again: it reads the value that was tested or stored (a hidden variable
// `$field.o.x` holding its own reference, written after every load and store of `o.x`). That
// value is the one the test proved to be a C, so it stays a C whatever ran since (a call, a
// `__del__`, a dynamic operation that set the field to None): compiled code reads a C and
// behaves as Cinder does, returning the tested object.
//
//   if self.nxt is not None:     load v1 = self.nxt; $field.self.nxt = v1; test v1
//       a = self.nxt.v           reads v1 (a C), no load, no None test

import type * as A from "../parse/ast.js";
import type { Ctx } from "./context.js";
import { localType } from "./narrow.js";
import { type SType, isClass } from "./types.js";

/** The narrowing key of `o.x` (`"o.x"`) when it is refinable: `o` a local holding an
 *  instance of a static class that has a typed field `x`. */
export function fieldKey(ctx: Ctx, e: A.Attribute): string | undefined {
  if (e.value._type !== "Name") return undefined;
  const t = localType(ctx, e.value.id);
  if (t?.kind !== "instance" || !t.cls.isStatic || !t.cls.fields.has(e.attr)) return undefined;
  return `${e.value.id}.${e.attr}`;
}

export const isFieldKey = (key: string): boolean => key.includes(".");

/** Forget every field refinement (something ran that may have changed any field). */
export function forgetFields(ctx: Ctx): void {
  for (const k of [...ctx.narrow.keys()]) if (isFieldKey(k)) ctx.narrow.delete(k);
}

/** Can checking this expression node leave field refinements in place (Cinder's
 *  PreserveRefinedFields)? Its children decide for themselves. */
export function preservesFields(ctx: Ctx, e: A.Expr): boolean {
  switch (e._type) {
    case "Name": case "Constant": case "BoolOp": return true;
    case "Attribute": return fieldKey(ctx, e) !== undefined;
    case "Compare": return e.ops.length === 1 && (e.ops[0]._type === "Is" || e.ops[0]._type === "IsNot");
    default: return false;
  }
}

/** The same for a statement (if/while/assert also discard them after a test that is not a
 *  bool, whose `__bool__` may run: see `afterTest`). */
export function stmtPreservesFields(ctx: Ctx, s: A.Stmt): boolean {
  switch (s._type) {
    case "Pass": case "If": case "While": case "Assert": return true;
    case "Assign": {
      const t = s.targets.length === 1 ? s.targets[0] : undefined;
      return t?._type === "Name" || (t?._type === "Attribute" && fieldKey(ctx, t) !== undefined);
    }
    default: return false;
  }
}

/** After an if/while/assert test of type `t`: a value that is not exactly a bool is tested
 *  with `__bool__`, which may run Python code. */
export function afterTest(ctx: Ctx, t: SType | undefined): void {
  if (!t || !(isClass(t, "bool") && t.kind === "class" && t.exact)) forgetFields(ctx);
}

/** `o.x = v` with v of type `t`, field declared `declared`: narrowed to what was stored
 *  when that is more precise (Cinder refines when the types differ), else forgotten. */
export function narrowFieldOnStore(ctx: Ctx, target: A.Attribute, declared: SType, t: SType): void {
  const key = fieldKey(ctx, target);
  if (!key) return;
  ctx.mod.fieldRefinements.set(target, { key, use: false });
  if (declared.kind === "optional" && (t.kind === "instance" || (t.kind === "class" && t.name === "NoneType"))) ctx.narrow.set(key, t);
  else ctx.narrow.delete(key);
}

/** Type a load of `o.x` (field type `declared`): its refinement if there is one. Every
 *  refinable load is recorded for the HIR builder: a narrowed one reads the tested value,
 *  any other loads the field and keeps the value for later narrowed reads. */
export function fieldLoadType(ctx: Ctx, e: A.Attribute, declared: SType): SType {
  const key = fieldKey(ctx, e);
  if (!key) {
    ctx.mod.fieldRefinements.delete(e);
    return declared;
  }
  const refined = ctx.narrow.get(key);
  ctx.mod.fieldRefinements.set(e, { key, use: refined !== undefined });
  return refined ?? declared;
}

/** After `a and b` / `a or b`: the operands' own refinements end with them, and what a
 *  call among them discarded stays discarded. */
export function restoreAfterBoolOp(ctx: Ctx, saved: Map<string, SType>): Map<string, SType> {
  const out = new Map(saved);
  for (const k of saved.keys()) if (isFieldKey(k) && !ctx.narrow.has(k)) out.delete(k);
  return out;
}

/** Could anything in a loop (its test and body) discard a field refinement? Then none
 *  survives to the loop head. */
export function loopDiscardsFields(ctx: Ctx, parts: object[]): boolean {
  let discards = false;
  const visit = (n: unknown): void => {
    if (discards || !n || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach(visit);
    const t = (n as { _type?: string })._type;
    if (!t) return;
    if (EXPR_TYPES.has(t) ? !preservesFields(ctx, n as A.Expr) || storesField(n as A.Expr) : STMT_TYPES.has(t) && !stmtPreservesFields(ctx, n as A.Stmt)) {
      discards = true;
      return;
    }
    for (const v of Object.values(n)) if (v && typeof v === "object") visit(v);
  };
  parts.forEach(visit);
  return discards;
}

/** A store (or delete) of a field: it changes that field's refinement. */
const storesField = (e: A.Expr): boolean => e._type === "Attribute" && e.ctx._type !== "Load";

const EXPR_TYPES = new Set([
  "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp",
  "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
  "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
]);
const STMT_TYPES = new Set([
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For",
  "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import",
  "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);
