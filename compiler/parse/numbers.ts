// Number literals: the text of a NUMBER token to the constant CPython's parser makes of it.
//
// Consumes: token text the grammar's `number` rule accepted (so it is well formed).
// Produces: an int (bigint), float or complex (imaginary part only, as in a literal).
// Invariant: floats round exactly as CPython's (both use correctly rounded decimal parsing).
// Example: "0x_ff" -> int 255, "1_0.5e-3" -> float 0.0105, "2j" -> complex 2j.
import type { ConstantValue } from "./ast.js";

export function parseNumber(text: string): ConstantValue {
  const digits = text.replace(/_/g, "").toLowerCase();
  if (digits.endsWith("j")) return { kind: "complex", imag: Number(digits.slice(0, -1)) };
  if (/^0[xob]/.test(digits)) return { kind: "int", value: BigInt(digits) };
  if (/[.e]/.test(digits)) return { kind: "float", value: Number(digits) };
  return { kind: "int", value: BigInt(digits) };
}
