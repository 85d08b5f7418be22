// Static enums (static_python.md §4.5): `class Color(Enum)`, `IntEnum`, `StringEnum` from
// __static__. At run time an enum is an ordinary Python class built by the enum metaclass
// (stdlib/__static__/_enum.py, also the runtime's); here the checker knows its members:
//
//   class Level(IntEnum):         Level.LOW : Level (read with a CAST: Python code may rebind
//       LOW = 1                   it), an int too; Level.LOW = 2 and del Level.LOW refused
//
// A parameter or local of an enum type is checked against the class (CHECK_ARGS, CAST), which
// the class statement records in the enum's CSR_ClassDesc.

import type * as A from "../parse/ast.js";
import { resolveAnnotation } from "./annotations.js";
import { type Ctx, error } from "./context.js";
import { type ClassInfo, type EnumInfo, type SType, assignable, cls, typeName, widen } from "./types.js";

/** The enum bases of __static__ by name. */
export const ENUM_BASES = ["Enum", "IntEnum", "StringEnum"] as const;
type EnumBase = EnumInfo["base"];

/** What an IntEnum's / StringEnum's member values must be. */
const VALUE_CLASSES = { IntEnum: "int", StringEnum: "str" } as const;

/** The enum base a class statement names, `root` when it is __static__'s own. */
function enumBase(ctx: Ctx, b: A.Expr): { base: EnumBase; root: boolean } | undefined {
  if (b._type !== "Name") return undefined;
  const st = ctx.statics.get(b.id);
  if (st && (ENUM_BASES as readonly string[]).includes(st)) return { base: st as EnumBase, root: true };
  const e = ctx.mod.classes.get(b.id)?.enum;
  return e && { base: e.base, root: false };
}

/** A base as Cinder prints it in "multiple bases: [<Type[int] class>, ...]". */
function baseName(ctx: Ctx, b: A.Expr): string {
  if (b._type !== "Name") return "dynamic";
  const root = enumBase(ctx, b);
  if (root?.root) return `__static__.${root.base}`;
  const c = ctx.mod.classes.get(b.id);
  if (c) return c.fullName;
  return ctx.moduleNames.has(b.id) || !["int", "str", "object", "float", "bool", "list", "dict", "tuple", "set"].includes(b.id) ? "dynamic" : b.id;
}

/** The enum a class statement declares (undefined: not an enum); reports what Cinder
 *  refuses: other bases next to an enum base, subclasses of an enum. */
export function declareEnum(ctx: Ctx, s: A.ClassDef): EnumInfo | undefined {
  const found = s.bases.map((b) => enumBase(ctx, b)).find((k) => k);
  if (!found) return undefined;
  if (s.bases.length > 1) {
    const bases = s.bases.map((b) => `<Type[${baseName(ctx, b)}] class>`).join(", ");
    error(ctx, s, `Static ${found.base} types cannot support multiple bases: [${bases}]`);
  } else if (!found.root) {
    error(ctx, s, `Static ${found.base} types do not allow subclassing`);
  }
  return { base: found.base, members: new Map() };
}

/** A name assigned in an enum's class body, `value` the type of its value: a member unless
 *  the metaclass keeps it as an attribute (private names, functions); IntEnum and StringEnum
 *  values must be statically int / str (an annotation stands for the value). */
export function declareEnumValue(ctx: Ctx, info: EnumInfo, m: A.Assign | A.AnnAssign, name: string, value: SType): void {
  const t = m._type === "AnnAssign" ? resolveAnnotation(ctx, m.annotation) : value;
  const want = info.base === "Enum" ? undefined : VALUE_CLASSES[info.base];
  if (want && (t.kind === "dynamic" || !assignable(cls(want), t))) {
    error(ctx, m, `${info.base} values must be ${want}, not ${typeName(t)}`);
  }
  if (!name.startsWith("_") && value.kind !== "function" && value.kind !== "builtin") info.members.set(name, t);
}

/** The enum class `e` names (a module-level class bound once, not shadowed by a local). */
function enumClassNamed(ctx: Ctx, e: A.Expr): ClassInfo | undefined {
  if (e._type !== "Name" || !ctx.boundOnce.has(e.id) || ctx.compScopes.some((s) => s.has(e.id))) return undefined;
  if (ctx.scope.kind === "function" && ctx.scope.locals.includes(e.id)) return undefined;
  const c = ctx.mod.classes.get(e.id);
  return c?.enum ? c : undefined;
}

/** `Color.RED`: an instance of Color (undefined: not a member read). */
export function enumMemberType(ctx: Ctx, e: A.Attribute): SType | undefined {
  const c = enumClassNamed(ctx, e.value);
  const value = c?.enum!.members.get(e.attr);
  return value && { kind: "instance", cls: c!, member: { name: e.attr, value } };
}

/** `.name` of an enum instance is a str, `.value` of a known member its value's type
 *  (widened: it is read, and CAST, as an instance attribute). */
export function enumAttrType(obj: SType, attr: string): SType | undefined {
  if (obj.kind !== "instance" || !obj.cls.enum) return undefined;
  if (attr === "name") return cls("str");
  return attr === "value" && obj.member ? widen(obj.member.value) : undefined;
}

/** Stores to and deletions of an enum's attributes or its members' are refused (Cinder
 *  checks them at compile time only). Returns whether `target` was one. */
export function refuseEnumStore(ctx: Ctx, target: A.Attribute, obj: SType): boolean {
  const message = enumClassNamed(ctx, target.value) ? "Static Enum values cannot be modified or deleted"
    : obj.kind === "instance" && obj.cls.enum ? "Enum values cannot be modified or deleted" : undefined;
  if (message) error(ctx, target, message);
  return message !== undefined;
}
