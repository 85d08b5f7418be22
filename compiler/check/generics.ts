// Checked containers in the checker (static_python.md §5, §8): `CheckedDict[K, V]`,
// `CheckedList[T]`, `Array[T]` and `Vector[T]` are static types whose contents are trusted,
// so reads are typed and writes are checked at compile time.
//
//   d: CheckedDict[str, int] = {}     a chkdict built from the display
//   d["a"] = "b"                      error: type mismatch: str cannot be assigned to int
//   a = Array[int64](3); a[0] + 1     int64: a load, no boxing
//   v = Vector[int8](); v.append(1)   a native append of an int8
//   ArrayI64 = Array[int64]           a module-level alias, usable as an annotation
//
// Each instantiation is interned per module (one GenericInfo, one CSR_GenericDesc).

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { type CallBinding, type Ctx, error, unsupported } from "./context.js";
import { INT_PRIMS, intPrimOf } from "./prims.js";
import { DYNAMIC, ERROR, type GenericDef, type SType, assignable, cls, isNone, optional, typeName, PY_TYPES } from "./types.js";
import { checkExpr } from "./expr.js";

/** Names __static__ exports for the generic definitions. */
export const GENERIC_NAMES: Record<string, GenericDef> = {
  CheckedDict: "chkdict", chkdict: "chkdict", CheckedList: "chklist", chklist: "chklist", Array: "Array",
  Vector: "Vector",
};

const ARITY: Record<GenericDef, number> = { chkdict: 2, chklist: 1, Array: 1, Vector: 1 };
/** The unparameterised definitions as Cinder's diagnostics print them. */
export const GENERIC_DISPLAY: Record<GenericDef, string> = {
  chkdict: "chkdict[K, V]", chklist: "chklist[T]", Array: "Array[T]", Vector: "Vector[T]",
};

/** Arrays of primitives (Array, Vector): indexed by int64, elements stored unboxed. */
export function isPrimArray(def: GenericDef): def is "Array" | "Vector" {
  return def === "Array" || def === "Vector";
}

/** Can `t` be an element of def (an Array or Vector)? Array takes every primitive but char;
 *  Vector the integers and double (array.array's typecodes). */
function validElement(def: "Array" | "Vector", t: SType): boolean {
  if (t.kind !== "prim" || t.name === "char") return false;
  return def === "Array" || t.name !== "cbool";
}

/** The generic definition a name imported from __static__ stands for, if any. */
export function genericDefOf(ctx: Ctx, e: A.Expr): GenericDef | undefined {
  if (e._type !== "Name") return undefined;
  const st = ctx.statics.get(e.id);
  return st === undefined ? undefined : GENERIC_NAMES[st];
}

/** `def[args]`, validated as Cinder does, interned in the module. */
export function instantiate(ctx: Ctx, span: A.Located, def: GenericDef, args: SType[]): SType {
  if (args.some((a) => a.kind === "error")) return ERROR;
  if (args.length !== ARITY[def]) {
    return error(ctx, span, `incorrect number of generic arguments for ${GENERIC_DISPLAY[def]}, expected ${ARITY[def]}, got ${args.length}`);
  }
  for (const a of args) {
    if (isPrimArray(def)) {
      if (!validElement(def, a)) return error(ctx, span, `Invalid ${def} element type: ${typeName(a)}`);
    } else if (a.kind === "prim") {
      return unsupported(ctx, span, `${def} of the primitive ${a.name}`);
    } else if (!runtimeParam(a)) {
      return unsupported(ctx, span, `${def} of ${typeName(a)} (a type the checker does not know)`);
    }
  }
  const name = `${def}[${args.map(typeName).join(", ")}]`;
  let gen = ctx.mod.generics.get(name);
  if (!gen) {
    gen = { def, args, name, desc: `${ctx.mod.name}.$generic${ctx.mod.generics.size}` };
    ctx.mod.generics.set(name, gen);
  }
  return { kind: "generic", gen };
}

/** Can the run time name this type argument (CSR_GenericParam)? */
function runtimeParam(t: SType): boolean {
  if (t.kind === "optional") return runtimeParam(t.inner);
  if (t.kind === "instance") return t.cls.isStatic;
  if (t.kind === "generic") return true;
  return t.kind === "class" && !isNone(t) && t.name in PY_TYPES;
}


/** How a subscript of a checked container reads and writes (recorded for the HIR builder). */
export type ItemAccess =
  /** list or chklist indexed by a signed integer primitive: inline for in-range indexes
   *  (`trusted`: the object is known to have list's layout) */
  | { kind: "list"; trusted: boolean }
  /** Array[T][i] or Vector[T][i], i an int64 (an int index is unboxed first) */
  | { kind: "array"; elem: SType; unboxIndex: boolean; vector: boolean }
  /** Array[T][k] or Vector[T][k], k neither an int nor an integer primitive: Python's protocol, as Cinder
   *  falls back to BINARY_SUBSCR (the item is unboxed, a stored value boxed) */
  | { kind: "arrayObject"; elem: SType }
  /** chkdict[K, V][k] */
  | { kind: "chkdict" };

/** `seq[key]` where seq is a checked container: the element type, with the access recorded;
 *  undefined when the generic protocol applies. `keyType` is the key's type, already checked
 *  with the context `keyContext` asked for. */
export function containerItem(ctx: Ctx, e: A.Subscript, seq: SType, keyType: SType): SType | undefined {
  if (seq.kind !== "generic") return undefined;
  const gen = seq.gen;
  if (e.slice._type === "Slice") {
    if (gen.def === "Array") return error(ctx, e, "Static arrays cannot be sliced");
    // A Vector's slice is a Vector of its type (static_vector.c), read through Python.
    return gen.def === "Vector" ? seq : undefined;
  }
  if (gen.def === "chkdict") {
    if (keyType.kind === "prim") return error(ctx, e.slice, MESSAGES.typeMismatch(typeName(keyType), typeName(gen.args[0])));
    if (keyType.kind !== "dynamic" && !assignable(gen.args[0], keyType)) {
      return error(ctx, e.slice, MESSAGES.typeMismatch(typeName(keyType), typeName(gen.args[0])));
    }
    ctx.mod.items.set(e, { kind: "chkdict" });
    return gen.args[1];
  }
  const p = intPrimOf(keyType);
  if (keyType.kind === "prim" && !(p && INT_PRIMS[p].signed)) return error(ctx, e.slice, MESSAGES.typeMismatch(typeName(keyType), "int64"));
  if (isPrimArray(gen.def)) {
    const intKey = keyType.kind === "prim" || (keyType.kind !== "dynamic" && assignable(cls("int"), keyType));
    const elem = gen.args[0];
    ctx.mod.items.set(e, intKey ? { kind: "array", elem, unboxIndex: keyType.kind !== "prim", vector: gen.def === "Vector" } : { kind: "arrayObject", elem });
  } else if (keyType.kind === "prim") {
    ctx.mod.items.set(e, { kind: "list", trusted: true });
  }
  return gen.args[0];
}

/** What `for x in c` binds x to: a chklist's items are trusted (§5), an Array's or Vector's
 *  are its primitives (Cinder loops over it by index); anything else yields dynamic values. */
export function iterItem(c: SType): SType {
  if (c.kind !== "generic" || c.gen.def === "chkdict") return DYNAMIC;
  return c.gen.args[0];
}

/** The context a checked container's key is typed in: Array, Vector and chklist indexes are
 *  int64 (a literal becomes an immediate). */
export function keyContext(seq: SType): SType | undefined {
  return seq.kind === "generic" && seq.gen.def !== "chkdict" ? { kind: "prim", name: "int64" } : undefined;
}

/** What a method of a checked container takes and gives, in terms of its type arguments:
 *  `elem` (chklist's T), `key`/`value` (chkdict's K/V), `self`, `optvalue` (Optional[V]).
 *  Calls go through Python (the container's own method, which cannot be overridden: the
 *  types are final), so arguments are also checked at run time; the result is trusted.
 *  get's and setdefault's default and result are Optional[V], as Cinder types them (its
 *  typed method signatures: the result is Optional[V] even when the default is a V). */
type Slot = "elem" | "key" | "value" | "optvalue" | "any";
type Result = "elem" | "value" | "optvalue" | "self" | "none" | "int";
const METHODS: Record<"chkdict" | "chklist", Record<string, { params: Slot[]; ret: Result }>> = {
  chklist: {
    append: { params: ["elem"], ret: "none" }, insert: { params: ["any", "elem"], ret: "none" },
    pop: { params: ["any"], ret: "elem" }, remove: { params: ["elem"], ret: "none" },
    index: { params: ["elem", "any", "any"], ret: "int" }, count: { params: ["elem"], ret: "int" },
    copy: { params: [], ret: "self" }, clear: { params: [], ret: "none" }, reverse: { params: [], ret: "none" },
  },
  chkdict: {
    get: { params: ["key", "optvalue"], ret: "optvalue" }, setdefault: { params: ["key", "optvalue"], ret: "optvalue" },
    pop: { params: ["key"], ret: "value" }, copy: { params: [], ret: "self" }, clear: { params: [], ret: "none" },
  },
};

/** `c.m(args)` on a checked container: the result type, or undefined for methods not in the
 *  table (ordinary calls). Arguments are typed here. */
export function containerMethod(ctx: Ctx, e: A.Call, t: SType & { kind: "generic" }, name: string): SType | undefined {
  const gen = t.gen;
  if (gen.def === "Array") return undefined;
  if (gen.def === "Vector") return vectorAppend(ctx, e, gen.args[0] as SType & { kind: "prim" }, name);
  const m = METHODS[gen.def][name];
  if (!m || e.keywords.length || e.args.length > m.params.length) return undefined;
  const [k, v] = gen.args;
  const slotType: Record<Slot, SType | undefined> = { elem: k, key: k, value: v, optvalue: v && optional(v), any: undefined };
  e.args.forEach((a, i) => {
    const want = slotType[m.params[i]];
    const got = checkExpr(ctx, a, want);
    if (got.kind === "prim" && !want) error(ctx, a, MESSAGES.primitiveArg());
    else if (want && !assignable(want, got)) error(ctx, a, MESSAGES.argIndexMismatch(typeName(got), i + 1, typeName(want)));
  });
  switch (m.ret) {
    case "elem": return k;
    case "value": return v;
    case "optvalue": return optional(v);
    case "self": return t;
    case "none": return cls("NoneType", true);
    case "int": return cls("int", true);
  }
}

/** `v.append(x)` on a Vector[T]: x is typed as a T (a literal in T's range becomes an
 *  immediate) and appended natively. Other methods, and append with keywords or another
 *  arity, are array.array's, called through Python as Cinder does. */
function vectorAppend(ctx: Ctx, e: A.Call, elem: SType & { kind: "prim" }, name: string): SType | undefined {
  if (name !== "append" || e.keywords.length || e.args.length !== 1) return undefined;
  const got = checkExpr(ctx, e.args[0], elem);
  if (!assignable(elem, got)) return error(ctx, e.args[0], MESSAGES.argMismatch(typeName(got), "v", typeName(elem)));
  const binding: CallBinding = { kind: "vectorAppend", elem: elem.name };
  ctx.mod.calls.set(e, binding);
  return cls("NoneType", true);
}
