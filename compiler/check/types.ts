// Static types of the checker (static_python.md §2): what an expression is known to be at
// compile time, how it prints in diagnostics, and which assignments are allowed.
//
//   int64 + Literal[1]  -> int64        str -> int : "type mismatch: str cannot be assigned to int"
//
// The HIR builder reads `repr()` to choose a machine representation: primitives stay
// unboxed, everything else is a PyObject*.

import type { Repr } from "../hir/ops.js";
import type { Expr, Stmt } from "../parse/ast.js";
import { intFits, intWidens } from "./prims.js";
import type { NativeInfo } from "./natives.js";

/** Integer primitives (static_python.md §3.1); `char` is an int8 under its own name. */
export type IntPrimName = "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64" | "char";
export type PrimName = IntPrimName | "double" | "cbool";
export type ClassName = "object" | "int" | "float" | "bool" | "str" | "list" | "NoneType" | "range" | "tuple" | "dict" | "set";

export type SType =
  | { kind: "dynamic" }
  | { kind: "class"; name: ClassName; exact: boolean }
  | { kind: "literal"; value: bigint }
  | { kind: "prim"; name: PrimName }
  | { kind: "function"; fn: FunctionInfo }
  /** A name from `__static__` the checker understands (box, unbox, the primitive types). */
  | { kind: "static"; name: string }
  /** A builtin function (print, len, ...), unless the module shadows it. */
  | { kind: "builtin"; name: string }
  | { kind: "module"; name: string }
  /** An instance of a class compiled from this module (a subclass instance allowed); an
   *  enum member read through its class knows which (its name and its value's type). */
  | { kind: "instance"; cls: ClassInfo; member?: { name: string; value: SType } }
  /** The class object itself (`Type[C]`). */
  | { kind: "classobj"; cls: ClassInfo }
  /** An instance of a checked container: chkdict[K, V], chklist[T], Array[T] (exact). */
  | { kind: "generic"; gen: GenericInfo }
  /** The container type itself, `CheckedList[int]` as a value (callable to make one). */
  | { kind: "genericclass"; gen: GenericInfo }
  /** `Optional[T]`: None or a T (T an object type). */
  | { kind: "optional"; inner: SType }
  /** The type of an expression already reported as an error: accepted everywhere, so one
   *  mistake gives one diagnostic. */
  | { kind: "error" };

export interface ParamInfo {
  name: string;
  type: SType;
  /** The default value's expression, evaluated when the `def` runs. */
  default?: Expr;
  kwonly: boolean;
}

/** A module-level `def` in a static module, callable natively. */
export interface FunctionInfo {
  name: string;
  params: ParamInfo[];
  ret: SType;
  /** Symbol of the native entry. */
  symbol: string;
  /** False for functions the later stages cannot compile yet (*args, **kwargs, ...). */
  simple: boolean;
  /** Methods: the class defining them (their first parameter is `self` unless `kind` says
   *  otherwise). */
  cls?: ClassInfo;
  /** Methods wrapped in staticmethod / classmethod / property: class attributes used through
   *  Python (not in the vtable). */
  kind?: MethodKind;
  /** The decorator making a method a descriptor (staticmethod, property, x.setter, ...). */
  decorator?: Expr;
  /** `@inline` functions: the expression of their single `return`, substituted at static
   *  call sites (static_python.md §6.4). */
  inline?: Expr;
  /** `@native(lib)` functions: C functions in a shared library (natives.ts). */
  native?: NativeInfo;
}

/** A class statement at module level (classes.ts builds these). Static classes have typed
 *  slots at fixed offsets and a vtable; dynamic ones (non-static modules) are plain Python
 *  classes whose methods are compiled functions. */
export interface ClassInfo {
  name: string;
  /** `mod.C`, as Static Python prints the type. */
  fullName: string;
  isStatic: boolean;
  /** The static base class (undefined: object). */
  base?: ClassInfo;
  final: boolean;
  /** Fields, inherited ones first, each at its offset in the instance. */
  fields: Map<string, FieldInfo>;
  /** Methods by name, inherited ones included (the nearest definition wins). */
  methods: Map<string, MethodInfo>;
  /** Virtual methods in vtable slot order, inherited slots first. */
  vtable: MethodInfo[];
  /** tp_basicsize of instances. */
  basicsize: number;
  /** Symbol of the CSR_ClassDesc. */
  desc: string;
  /** Inherited fields (with a class default) this class statement gives a new default. */
  redefaults: FieldInfo[];
  /** `x: ClassVar[T]` class attributes, inherited ones included. */
  classVars: Map<string, ClassVarInfo>;
  /** Properties, inherited ones included (the nearest definition wins). */
  properties: Map<string, PropertyInfo>;
  /** Instances have a `__dict__` / a `__weakref__` slot: `own` when this class adds it
   *  (`__dict__: Any`, `__weakref__: Any`, `@allow_weakrefs`), `inherited` from a base. */
  instanceDict?: "own" | "inherited";
  weakrefs?: "own" | "inherited";
  /** A static enum (check/enums.ts): an ordinary Python class whose instances, its members,
   *  are checked against the class object bound to `desc` when its statement runs. */
  enum?: EnumInfo;
}

/** A class based on __static__'s Enum, IntEnum or StringEnum. */
export interface EnumInfo {
  base: "Enum" | "IntEnum" | "StringEnum";
  /** The types of the members' values (class-body assignments that become members). */
  members: Map<string, SType>;
}

/** The builtin class an enum's members also are (IntEnum: int, StringEnum: str). */
const ENUM_MIXINS: Record<EnumInfo["base"], ClassName | undefined> = { Enum: undefined, IntEnum: "int", StringEnum: "str" };

export interface ClassVarInfo {
  name: string;
  type: SType;
  owner: ClassInfo;
  /** `x: Final[T] = v` at class level: never reassigned; `node` is that declaration. */
  final?: boolean;
  node?: Stmt;
}

/** The generic definitions of __static__ (static_python.md §7-8), by run-time name. */
export type GenericDef = "chkdict" | "chklist" | "Array" | "Vector";

/** One instantiation of a generic, shared by every use in the module (check/generics.ts). */
export interface GenericInfo {
  def: GenericDef;
  args: SType[];
  /** `chkdict[str, foo.C]`, as Cinder prints it. */
  name: string;
  /** Symbol of its CSR_GenericDesc, which makes and caches the type object at run time. */
  desc: string;
}

export type MethodKind = "static" | "class" | "property" | "setter" | "deleter";

/** A `@property` of a static class, with the `@x.setter` / `@x.deleter` that follow it. */
export interface PropertyInfo {
  name: string;
  getter: FunctionInfo;
  setter?: FunctionInfo;
  /** `@final` on the getter (or a final class): stores call the setter directly. */
  final: boolean;
  owner: ClassInfo;
}

export interface FieldInfo {
  name: string;
  type: SType;
  offset: number;
  owner: ClassInfo;
  /** `x: T = v` at class level: an unset slot reads the class attribute (static_python.md
   *  §4.1), so static reads fall back to a (CAST) attribute lookup. */
  hasDefault?: boolean;
  /** `Final`: assigned only in the owner's __init__. */
  final?: boolean;
}

export interface MethodInfo {
  name: string;
  fn: FunctionInfo;
  owner: ClassInfo;
  /** vtable slot, or -1 for methods called directly only (dunders). */
  slot: number;
  final: boolean;
}

export const DYNAMIC: SType = { kind: "dynamic" };
export const ERROR: SType = { kind: "error" };
export const cls = (name: ClassName, exact = false): SType => ({ kind: "class", name, exact });
export const prim = (name: PrimName): SType => ({ kind: "prim", name });

export function typeName(t: SType): string {
  switch (t.kind) {
    case "dynamic": return "dynamic";
    case "class": return t.name === "NoneType" ? "None" : t.name;
    case "literal": return `Literal[${t.value}]`;
    case "prim": return t.name;
    case "function": return `function ${t.fn.name}`;
    case "static": return t.name;
    case "builtin": return `builtin ${t.name}`;
    case "module": return `module ${t.name}`;
    case "error": return "<error>";
    // Cinder's name of a member's type: <m.Color.RED: <Literal[1]>>.
    case "instance": return t.member ? `<${t.cls.fullName}.${t.member.name}: <${typeName(t.member.value)}>>` : t.cls.fullName;
    case "classobj": return `Type[${t.cls.fullName}]`;
    case "optional": return `Optional[${typeName(t.inner)}]`;
    case "generic": return t.gen.name;
    case "genericclass": return `Type[${t.gen.name}]`;
  }
}

export const isSubclass = (sub: ClassInfo, base: ClassInfo): boolean => {
  for (let c: ClassInfo | undefined = sub; c; c = c.base) if (c === base) return true;
  return false;
};

export const isNone = (t: SType): boolean => t.kind === "class" && t.name === "NoneType";

/** Optional[T] of an object type (None | None stays None). */
export const optional = (t: SType): SType => (t.kind === "optional" || isNone(t) || t.kind === "dynamic" ? t : { kind: "optional", inner: t });

export const isPrim = (t: SType, name?: PrimName): t is { kind: "prim"; name: PrimName } =>
  t.kind === "prim" && (name === undefined || t.name === name);

export function isClass(t: SType, name: ClassName): boolean {
  return (t.kind === "class" && t.name === name) || (name === "int" && t.kind === "literal");
}

/** Values of these types are never immortal (the compiler's constants, None, True, False):
 *  instances of static classes and checked containers (Optional ones may be None). */
export function isMortal(t: SType): boolean {
  return (t.kind === "instance" && t.cls.isStatic) || t.kind === "generic";
}

/** The machine representation of a value of this type. */
export function repr(t: SType): Repr {
  // Integer primitives of every width live in 64-bit registers, extended by their type.
  if (t.kind === "prim") return t.name === "double" || t.name === "cbool" ? t.name : "int64";
  return "object";
}

/** Literals lose their value, enum members which they are; exactness stays (a literal is an
 *  exact int). */
export function widen(t: SType): SType {
  if (t.kind === "instance" && t.member) return { kind: "instance", cls: t.cls };
  return t.kind === "literal" ? cls("int", true) : t;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** Can a value of type `src` be stored where `dst` is declared? (§2.4) */
export function assignable(dst: SType, src: SType): boolean {
  if (dst.kind === "error" || src.kind === "error") return true;
  if (dst.kind === "dynamic") return src.kind !== "prim";
  if (dst.kind === "prim") {
    if (src.kind === "prim") return src.name === dst.name || intWidens(dst.name, src.name);
    if (src.kind === "literal") return intFits(dst.name, src.value);
    return false;
  }
  if (src.kind === "prim") return false;
  if (src.kind === "dynamic") return true;
  if (dst.kind === "optional") {
    if (isNone(src)) return true;
    return assignable(dst.inner, src.kind === "optional" ? src.inner : src);
  }
  if (src.kind === "optional") return dst.kind === "class" && dst.name === "object";
  if (dst.kind === "instance") return src.kind === "instance" && isSubclass(src.cls, dst.cls);
  if (dst.kind === "generic") return src.kind === "generic" && src.gen === dst.gen;
  if (dst.kind === "class" && dst.name === "object") return true;
  if (dst.kind === "class") {
    if (dst.name === "object") return true;
    if (src.kind === "literal") return dst.name === "int";
    if (src.kind === "instance" && src.cls.enum) return !dst.exact && ENUM_MIXINS[src.cls.enum.base] === dst.name;
    if (src.kind !== "class") return false;
    if (src.name === dst.name) return true;
    return dst.name === "int" && src.name === "bool";
  }
  return false;
}

/** libpython's type objects for the builtin classes the checker names. */
export const PY_TYPES: Partial<Record<ClassName, string>> = {
  object: "PyBaseObject_Type", int: "PyLong_Type", str: "PyUnicode_Type", bool: "PyBool_Type", float: "PyFloat_Type",
  list: "PyList_Type", tuple: "PyTuple_Type", dict: "PyDict_Type", set: "PySet_Type",
};

/** What a CHECK_ARGS/CAST tests against: a type object of libpython (`symbol`), a static
 *  class of ours (`desc`: the symbol is its CSR_ClassDesc) or a checked container type
 *  (`generic`: its CSR_GenericDesc, exact type only); optional types let None through. */
export interface CheckedType { symbol: string; name: string; desc?: boolean; generic?: boolean; optional?: boolean }

export function checkedClass(t: SType): CheckedType | undefined {
  if (t.kind === "optional") {
    const inner = checkedClass(t.inner);
    return inner && { ...inner, optional: true };
  }
  if (t.kind === "instance") return t.cls.isStatic || t.cls.enum ? { symbol: t.cls.desc, name: t.cls.name, desc: true } : undefined;
  if (t.kind === "generic") return { symbol: t.gen.desc, name: t.gen.name, generic: true };
  // Everything is an object: no check.
  if (t.kind !== "class" || t.name === "object") return undefined;
  const symbol = PY_TYPES[t.name];
  return symbol ? { symbol, name: t.name } : undefined;
}

export { INT64_MIN, INT64_MAX };
