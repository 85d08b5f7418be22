// Class attributes of static classes that are not slots (static_python.md §4.1, §4.4):
// `x: ClassVar[T] = v` is a class attribute only, typed T. Reads (through the class or an
// instance) are attribute lookups CAST to T, since Python code may rebind the attribute;
// stores are checked at compile time and must go through the class.
//
//   class C:
//       n: ClassVar[int] = 0        C.n, self.n : int      C.n = "a" : type mismatch
//                                   self.n = 1  : Cannot assign to classvar 'n' on 'm.C' instance
// A field with a class default read through the class (`C.x`) is its default: typed the same way.
// An enum member read through its class (`Color.RED`, check/enums.ts) is typed the same way.

import type * as A from "../parse/ast.js";
import { type Ctx, error } from "./context.js";
import { resolveAnnotation } from "./annotations.js";
import { fieldOf } from "./expr.js";
import { enumAttrType, enumMemberType } from "./enums.js";
import { DYNAMIC, type ClassInfo, type SType } from "./types.js";

/** Is `target` `self.x` in `owner.__init__` (where a Final field is assigned)? */
function inInitOf(ctx: Ctx, target: A.Attribute, owner: ClassInfo): boolean {
  const fn = ctx.fn?.info;
  return fn?.name === "__init__" && fn.cls === owner && target.value._type === "Name" && target.value.id === fn.params[0]?.name;
}

export const CLASSVAR_MISPLACED = "ClassVar is allowed only in class attribute annotations.";

/** The T of `ClassVar[T]` (a bare ClassVar: dynamic). */
export function classVarType(ctx: Ctx, ann: A.Expr): SType {
  return ann._type === "Subscript" ? resolveAnnotation(ctx, ann.slice) : DYNAMIC;
}

function staticClassOf(t: SType): ClassInfo | undefined {
  return (t.kind === "instance" || t.kind === "classobj") && t.cls.isStatic ? t.cls : undefined;
}

/** The type of a read `e` = `obj.attr` that is a ClassVar (or a field's class default read
 *  through the class, or an enum member), recorded for the HIR builder's CAST, or a property
 *  read through an instance: its getter's return type, by a direct call of the getter when
 *  it cannot be overridden (final), else a lookup CAST to that type; dynamic otherwise. */
export function classAttrType(ctx: Ctx, e: A.Attribute, obj: SType): SType {
  const c = staticClassOf(obj);
  const prop = obj.kind === "instance" ? c?.properties.get(e.attr) : undefined;
  if (prop && (prop.final || (obj.kind === "instance" && obj.cls.final))) {
    ctx.mod.propertyReads.set(e, prop.getter);
    return prop.getter.ret;
  }
  const field = obj.kind === "classobj" ? c?.fields.get(e.attr) : undefined;
  const t = c?.classVars.get(e.attr)?.type ?? (field?.hasDefault ? field.type : undefined) ?? enumMemberType(ctx, e) ?? enumAttrType(obj, e.attr) ?? prop?.getter.ret;
  if (!t || t.kind === "dynamic") return DYNAMIC;
  ctx.mod.classAttrs.set(e, t);
  return t;
}

/** The type a store to `target` = `obj.attr` must have when it is a field or a ClassVar (or
 *  a field's class default stored through the class); reports the stores Static Python
 *  refuses: a ClassVar through an instance, a Final class attribute, a Final field outside
 *  its class's __init__. */
export function attributeTarget(ctx: Ctx, target: A.Attribute, obj: SType): SType | undefined {
  const c = staticClassOf(obj);
  const finalError = () => error(ctx, target, `Cannot assign to a Final attribute of ${c!.fullName}:${target.attr}`);
  const f = fieldOf(ctx, target, obj);
  if (f) return f.final && !inInitOf(ctx, target, f.owner) ? finalError() : f.type;
  const cv = c?.classVars.get(target.attr);
  if (c && cv && obj.kind === "instance") return error(ctx, target, `Cannot assign to classvar '${target.attr}' on '${c.fullName}' instance`);
  if (cv) return cv.final ? finalError() : cv.type;
  const prop = obj.kind === "instance" ? c?.properties.get(target.attr) : undefined;
  if (prop?.setter) {
    ctx.mod.propertyStores.set(target, { setter: prop.setter, direct: prop.final || (obj.kind === "instance" && obj.cls.final) });
    return prop.setter.params[1].type;
  }
  const field = obj.kind === "classobj" ? c?.fields.get(target.attr) : undefined;
  return field?.hasDefault ? field.type : undefined;
}
