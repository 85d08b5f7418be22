// Facts about the integer primitives (static_python.md §3): width and signedness, literal
// ranges, implicit widening, and the width an operation on two of them runs at. The checker
// and the HIR builder both read these, so the two never disagree about a width.
//
//   intWidens("int16", "uint8") -> true       promote("uint8", "int8")   -> "int16"
//   intWidens("uint8", "int8")  -> false      promote("uint64", "int64") -> undefined (error)

import type { IntPrimName, PrimName, SType } from "./types.js";

export interface IntInfo {
  bits: 8 | 16 | 32 | 64;
  signed: boolean;
}

export const INT_PRIMS: Record<IntPrimName, IntInfo> = {
  int8: { bits: 8, signed: true }, int16: { bits: 16, signed: true },
  int32: { bits: 32, signed: true }, int64: { bits: 64, signed: true },
  uint8: { bits: 8, signed: false }, uint16: { bits: 16, signed: false },
  uint32: { bits: 32, signed: false }, uint64: { bits: 64, signed: false },
  char: { bits: 8, signed: true },
};

/** Every name of __static__ that denotes a primitive type, aliases included. */
export const PRIM_NAMES: Record<string, PrimName> = {
  int8: "int8", int16: "int16", int32: "int32", int64: "int64",
  uint8: "uint8", uint16: "uint16", uint32: "uint32", uint64: "uint64",
  char: "char", double: "double", cbool: "cbool",
  // Aliases are the same types, not new ones (§3.1).
  ssize_t: "int64", size_t: "uint64",
};

export function isIntPrimName(name: string): name is IntPrimName {
  return name in INT_PRIMS;
}

/** The integer primitive a value of type `t` is, if it is one. */
export function intPrimOf(t: SType): IntPrimName | undefined {
  return t.kind === "prim" && isIntPrimName(t.name) ? t.name : undefined;
}

export function intRange(name: IntPrimName): { min: bigint; max: bigint } {
  const { bits, signed } = INT_PRIMS[name];
  const b = BigInt(bits);
  return signed ? { min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n } : { min: 0n, max: (1n << b) - 1n };
}

/** Does the literal `value` fit primitive `name`? (false for double and cbool) */
export function intFits(name: PrimName, value: bigint): boolean {
  if (!isIntPrimName(name)) return false;
  const { min, max } = intRange(name);
  return value >= min && value <= max;
}

/** Implicit widening (§3.5): same signedness to the same or a wider type, or unsigned to a
 *  strictly wider signed type. */
export function intWidens(dst: PrimName, src: PrimName): boolean {
  if (!isIntPrimName(dst) || !isIntPrimName(src)) return false;
  const d = INT_PRIMS[dst];
  const s = INT_PRIMS[src];
  if (d.signed === s.signed) return s.bits <= d.bits;
  return d.signed && s.bits < d.bits;
}

const SIGNED_BY_BITS: Record<number, IntPrimName> = { 8: "int8", 16: "int16", 32: "int32", 64: "int64" };

/** The width an operation or comparison of `a` and `b` runs at (§3.3): the wider type for
 *  equal signedness, else the next signed size holding both; undefined past 64 bits. */
export function promote(a: IntPrimName, b: IntPrimName): IntPrimName | undefined {
  if (a === b) return a;
  const x = INT_PRIMS[a];
  const y = INT_PRIMS[b];
  if (x.signed === y.signed) return x.bits >= y.bits ? a : b;
  const bits = Math.max(x.signed ? x.bits : x.bits * 2, y.signed ? y.bits : y.bits * 2);
  return SIGNED_BY_BITS[bits];
}
