// Static types of the checker (static_python.md §2): what an expression is known to be at
// compile time, how it prints in diagnostics, and which assignments are allowed.
//
//   int64 + Literal[1]  -> int64        str -> int : "type mismatch: str cannot be assigned to int"
//
// The HIR builder reads `repr()` to choose a machine representation: primitives stay
// unboxed, everything else is a PyObject*.

import type { Repr } from "../hir/ops.js";
import type { Expr } from "../parse/ast.js";

export type PrimName = "int64" | "double" | "cbool";
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
  }
}

export const isPrim = (t: SType, name?: PrimName): t is { kind: "prim"; name: PrimName } =>
  t.kind === "prim" && (name === undefined || t.name === name);

export function isClass(t: SType, name: ClassName): boolean {
  return (t.kind === "class" && t.name === name) || (name === "int" && t.kind === "literal");
}

/** The machine representation of a value of this type. */
export function repr(t: SType): Repr {
  if (t.kind === "prim") return t.name;
  return "object";
}

/** Literals lose their value; exactness stays (a literal is an exact int). */
export function widen(t: SType): SType {
  return t.kind === "literal" ? cls("int", true) : t;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** Can a value of type `src` be stored where `dst` is declared? (§2.4) */
export function assignable(dst: SType, src: SType): boolean {
  if (dst.kind === "error" || src.kind === "error") return true;
  if (dst.kind === "dynamic") return src.kind !== "prim";
  if (dst.kind === "prim") {
    if (src.kind === "prim") return src.name === dst.name;
    if (src.kind === "literal") return dst.name === "int64" && src.value >= INT64_MIN && src.value <= INT64_MAX;
    return false;
  }
  if (src.kind === "prim") return false;
  if (src.kind === "dynamic") return true;
  if (dst.kind === "class") {
    if (dst.name === "object") return true;
    if (src.kind === "literal") return dst.name === "int";
    if (src.kind !== "class") return false;
    if (src.name === dst.name) return true;
    return dst.name === "int" && src.name === "bool";
  }
  return false;
}

/** The type object a CHECK_ARGS/CAST tests against, for checkable annotations. */
export function checkedClass(t: SType): { symbol: string; name: string } | undefined {
  if (t.kind !== "class") return undefined;
  const table: Partial<Record<ClassName, string>> = {
    int: "PyLong_Type", str: "PyUnicode_Type", bool: "PyBool_Type", list: "PyList_Type",
    tuple: "PyTuple_Type", dict: "PyDict_Type",
  };
  const symbol = table[t.name];
  return symbol ? { symbol, name: t.name } : undefined;
}

export { INT64_MIN, INT64_MAX };
