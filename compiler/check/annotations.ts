// Annotations to static types (static_python.md §2.1): which annotations Static Python
// trusts, and what they mean. Anything unknown is `dynamic`; in a non-static module every
// annotation is.
//
//   x: int64              -> int64 (primitive)
//   p: Packet             -> Packet (a class of this module: an instance, subclasses allowed)
//   q: 'Optional[Packet]' -> Optional[Packet] (string annotations are parsed)
//   r: Packet | None      -> Optional[Packet]
//   f: float              -> dynamic (PEP 484 widens it to float | int)

import type * as A from "../parse/ast.js";
import { parseText } from "../parse/parser.js";
import type { Ctx } from "./context.js";
import { DYNAMIC, type SType, cls, isNone, optional, prim } from "./types.js";
import { PRIM_NAMES } from "./prims.js";
import { genericDefOf, instantiate } from "./generics.js";

/** The static type an annotation declares; dynamic in non-static modules. */
export function resolveAnnotation(ctx: Ctx, ann: A.Expr | null | undefined): SType {
  if (!ann || !ctx.mod.isStatic) return DYNAMIC;
  return resolve(ctx, ann);
}

function resolve(ctx: Ctx, ann: A.Expr): SType {
  switch (ann._type) {
    case "Constant":
      if (ann.value.kind === "None") return cls("NoneType", true);
      if (ann.value.kind === "str") return resolveString(ctx, ann.value.value);
      return DYNAMIC;
    case "Name": return resolveName(ctx, ann.id);
    case "Attribute":
      // typing.Optional and friends are only meaningful subscripted; a bare `mod.C` is dynamic.
      return DYNAMIC;
    case "BinOp": {
      if (ann.op._type !== "BitOr") return DYNAMIC;
      return optionalOf(resolve(ctx, ann.left), resolve(ctx, ann.right));
    }
    case "Subscript": {
      const def = genericDefOf(ctx, ann.value);
      if (def) {
        const elts = ann.slice._type === "Tuple" ? ann.slice.elts : [ann.slice];
        return instantiate(ctx, ann, def, elts.map((x) => typeArgument(ctx, x)));
      }
      const generic = genericName(ctx, ann.value);
      if (generic === "Optional") return objectOrDynamic(resolve(ctx, ann.slice), (t) => optional(t));
      if (generic === "list" || generic === "List") return cls("list");
      return DYNAMIC;
    }
    default: return DYNAMIC;
  }
}

/** A checked container's type argument: as an annotation, except that `float` is the class
 *  (the container checks for it at run time; PEP 484's widening is for annotations). */
function typeArgument(ctx: Ctx, e: A.Expr): SType {
  if (e._type === "Name" && e.id === "float" && !ctx.moduleNames.has("float")) return cls("float");
  return resolve(ctx, e);
}

/** `T | None` / `None | T` is Optional[T]; other unions are dynamic (§2.1). */
function optionalOf(a: SType, b: SType): SType {
  if (isNone(b)) return objectOrDynamic(a, optional);
  if (isNone(a)) return objectOrDynamic(b, optional);
  return DYNAMIC;
}

function objectOrDynamic(t: SType, wrap: (t: SType) => SType): SType {
  return t.kind === "prim" || t.kind === "dynamic" ? DYNAMIC : wrap(t);
}

function resolveString(ctx: Ctx, text: string): SType {
  let body: A.Stmt[];
  try {
    body = parseText(`(${text})\n`).body;
  } catch {
    return DYNAMIC;
  }
  const s = body[0];
  return body.length === 1 && s._type === "Expr" ? resolve(ctx, s.value) : DYNAMIC;
}

function resolveName(ctx: Ctx, id: string): SType {
  const st = ctx.statics.get(id);
  if (st && st in PRIM_NAMES) return prim(PRIM_NAMES[st]);
  const c = ctx.mod.classes.get(id);
  if (c) return { kind: "instance", cls: c };
  const alias = ctx.aliases.get(id);
  if (alias) return resolve(ctx, alias);
  if (ctx.moduleNames.has(id)) return DYNAMIC;
  switch (id) {
    case "int": case "str": case "bool": case "list": case "object": return cls(id);
    // PEP 484 widens float to float | int, and Static Python has no unions: dynamic (§2.1).
    default: return DYNAMIC;
  }
}

/** The name of a generic from `typing` (Optional, List, ...) or a builtin generic (list). */
function genericName(ctx: Ctx, e: A.Expr): string | undefined {
  if (e._type === "Name") return ctx.typing.get(e.id) ?? (ctx.moduleNames.has(e.id) ? undefined : e.id);
  if (e._type === "Attribute" && e.value._type === "Name" && ctx.typingModules.has(e.value.id)) return e.attr;
  return undefined;
}

/** `from typing import Optional as O` / `import typing as t`: remember what names mean. */
export function collectTypingImports(ctx: Ctx, body: A.Stmt[]): void {
  for (const s of body) {
    if (s._type === "ImportFrom" && s.module === "typing" && s.level === 0) {
      for (const a of s.names) ctx.typing.set(a.asname ?? a.name, a.name);
    } else if (s._type === "Import") {
      for (const a of s.names) if (a.name === "typing") ctx.typingModules.add(a.asname ?? a.name);
    }
  }
}

export const FINAL_MISPLACED = "Final annotation is only valid in initial declaration of attribute or module-level constant";

/** Is `e` the `final` decorator (typing.final or __static__'s)? */
export function isFinalDecorator(ctx: Ctx, e: A.Expr): boolean {
  if (e._type === "Name") return ctx.typing.get(e.id) === "final" || ctx.statics.get(e.id) === "final";
  return e._type === "Attribute" && e.attr === "final" && e.value._type === "Name" && ctx.typingModules.has(e.value.id);
}

/** Is `ann` `Final` or `Final[T]` (from typing)? */
export function isFinalAnnotation(ctx: Ctx, ann: A.Expr): boolean {
  return isTypingForm(ctx, ann, "Final");
}

/** Is `ann` `ClassVar[T]` (or a bare `ClassVar`, from typing)? */
export function isClassVarAnnotation(ctx: Ctx, ann: A.Expr): boolean {
  return isTypingForm(ctx, ann, "ClassVar");
}

function isTypingForm(ctx: Ctx, ann: A.Expr, form: string): boolean {
  const base = ann._type === "Subscript" ? ann.value : ann;
  if (base._type === "Name") return ctx.typing.get(base.id) === form;
  return base._type === "Attribute" && base.attr === form && base.value._type === "Name" && ctx.typingModules.has(base.value.id);
}
