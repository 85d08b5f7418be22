// Narrowing of locals (static_python.md §2.3): what a condition proves about a local in
// each branch, and how the proofs flow through statements.
//
//   if x is not None:      yes: x is T          no: x is None
//   if isinstance(x, C):   yes: x is C
//   if not e / a and b / a or b: combined as in Python
//   if x is None: return   the rest of the block sees x as T
//   if (y := e) is not None: y is tested like a name (walrus.ts)
//   if self.x is not None:   fields of locals too, while nothing runs in between
//                            (refine-fields.ts)

import type * as A from "../parse/ast.js";
import type { Ctx } from "./context.js";
import { type SType, isNone } from "./types.js";
import { walrusTargets } from "./walrus.js";
import { fieldKey } from "./refine-fields.js";

export type Narrowing = Map<string, SType>;

export interface Refinement {
  yes: Narrowing;
  no: Narrowing;
}

const NONE: SType = { kind: "class", name: "NoneType", exact: true };

/** The current type of local `name` (narrowed, else declared); undefined for non-locals. */
export function localType(ctx: Ctx, name: string): SType | undefined {
  if (ctx.scope.kind !== "function" || !ctx.scope.locals.includes(name)) return undefined;
  if (ctx.compScopes.some((s) => s.has(name))) return undefined;
  return ctx.narrow.get(name) ?? ctx.locals.get(name);
}

/** What `test` proves when true and when false (its parts must already be type-checked). */
export function refine(ctx: Ctx, test: A.Expr): Refinement {
  const none: Refinement = { yes: new Map(), no: new Map() };
  switch (test._type) {
    case "Compare": {
      const name = subjectKey(ctx, test.left);
      if (test.ops.length !== 1 || !name) return none;
      const op = test.ops[0]._type;
      const right = test.comparators[0];
      if ((op !== "Is" && op !== "IsNot") || right._type !== "Constant" || right.value.kind !== "None") return none;
      const t = test.left._type === "Attribute" ? ctx.mod.types.get(test.left) : localType(ctx, name);
      if (t?.kind !== "optional") return none;
      const isNoneMap = new Map([[name, NONE]]);
      const notNone = new Map([[name, t.inner]]);
      return op === "Is" ? { yes: isNoneMap, no: notNone } : { yes: notNone, no: isNoneMap };
    }
    case "Call": {
      const [x, c] = test.args;
      if (test.func._type !== "Name" || test.func.id !== "isinstance" || test.args.length !== 2 || test.keywords.length) return none;
      const name = subjectKey(ctx, x);
      if (!name || c._type !== "Name") return none;
      const cls = ctx.mod.classes.get(c.id);
      if (!cls?.isStatic) return none;
      return { yes: new Map([[name, { kind: "instance", cls }]]), no: new Map() };
    }
    case "Name": case "NamedExpr": {
      const name = localName(test)!;
      const t = localType(ctx, name);
      return t?.kind === "optional" ? { yes: new Map([[name, t.inner]]), no: new Map() } : none;
    }
    case "UnaryOp": {
      if (test.op._type !== "Not") return none;
      const r = refine(ctx, test.operand);
      return { yes: r.no, no: r.yes };
    }
    case "BoolOp": {
      const parts = test.values.map((v) => refine(ctx, v));
      return test.op._type === "And"
        ? { yes: merge(parts.map((p) => p.yes)), no: new Map() }
        : { yes: new Map(), no: merge(parts.map((p) => p.no)) };
    }
    default: return none;
  }
}

/** The local a test is about: a name, or the target of `(y := e)`. */
function localName(e: A.Expr): string | undefined {
  if (e._type === "Name") return e.id;
  return e._type === "NamedExpr" ? (e.target as A.Name).id : undefined;
}

/** What an `is None` / isinstance test narrows: a local (its name) or a refinable field
 *  (`o.x`). Truth tests narrow locals only, as in Cinder. */
function subjectKey(ctx: Ctx, e: A.Expr): string | undefined {
  if (e._type === "Attribute") return fieldKey(ctx, e);
  const name = localName(e);
  return name !== undefined && localType(ctx, name) !== undefined ? name : undefined;
}

function merge(maps: Narrowing[]): Narrowing {
  const out: Narrowing = new Map();
  for (const m of maps) for (const [k, v] of m) out.set(k, v);
  return out;
}

/** `base` with `extra` applied on top. */
export function withNarrowing(base: Narrowing, extra: Narrowing): Narrowing {
  return merge([base, extra]);
}

/** Where two paths join: only what both prove. */
export function intersect(a: Narrowing, b: Narrowing): Narrowing {
  const out: Narrowing = new Map();
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w && sameNarrowing(v, w)) out.set(k, v);
  }
  return out;
}

function sameNarrowing(a: SType, b: SType): boolean {
  if (a.kind === "instance" && b.kind === "instance") return a.cls === b.cls;
  if (a.kind === "optional" && b.kind === "optional") return sameNarrowing(a.inner, b.inner);
  return isNone(a) && isNone(b);
}

/** After `name = value` (value of type `t`): a local declared Optional is narrowed by what
 *  was stored; anything else forgets earlier narrowing. */
export function narrowOnAssign(ctx: Ctx, name: string, declared: SType, t: SType): void {
  forgetName(ctx, name);
  if (declared.kind === "optional" && (t.kind === "instance" || isNone(t))) ctx.narrow.set(name, t);
}

/** A local rebound: its narrowing, and its fields' (they belonged to the old object). */
export function forgetName(ctx: Ctx, name: string): void {
  ctx.narrow.delete(name);
  for (const k of [...ctx.narrow.keys()]) if (k.startsWith(`${name}.`)) ctx.narrow.delete(k);
}

/** Can control not continue after this statement list (return, raise, break, continue)? */
export function terminates(body: A.Stmt[]): boolean {
  for (const s of body) {
    if (s._type === "Return" || s._type === "Raise" || s._type === "Break" || s._type === "Continue") return true;
    if (s._type === "If" && terminates(s.body) && terminates(s.orelse)) return true;
  }
  return false;
}

/** Locals a loop assigns (they lose their narrowing at the loop head). */
export function assignedNames(body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  const target = (t: A.Expr) => {
    if (t._type === "Name") out.add(t.id);
    else if (t._type === "Tuple" || t._type === "List") t.elts.forEach(target);
  };
  const visit = (s: A.Stmt) => {
    switch (s._type) {
      case "Assign": s.targets.forEach(target); break;
      case "AnnAssign": case "AugAssign": target(s.target); break;
      case "For": target(s.target); s.body.forEach(visit); s.orelse.forEach(visit); break;
      case "While": case "If": s.body.forEach(visit); s.orelse.forEach(visit); break;
      case "Delete": s.targets.forEach(target); break;
      default: break;
    }
  };
  body.forEach(visit);
  return walrusTargets(body, out);
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

export function hasBreak(body: A.Stmt[]): boolean {
  return body.some((s) => s._type === "Break" || ((s._type === "If") && (hasBreak(s.body) || hasBreak(s.orelse))));
}
