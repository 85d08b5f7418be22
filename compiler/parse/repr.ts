// Python's repr() of constants, as CPython 3.11 prints them: str, bytes, int, float, complex.
//
// Consumes: AST constant values. Produces: the text `repr(value)` gives.
// Invariants: str repr picks ' unless the text has ' and no "; non-printable characters
// (Unicode categories C* and Z* but the space) are escaped as \xhh, \uhhhh or \Uhhhhhhhh.
// Floats use the shortest round-trip digits, switching to exponent form below 1e-4 and from
// 1e16 up. Printability comes from dist/unicode-printable.json, generated at build time from
// CPython's own str.isprintable() (the JS engine's Unicode tables are newer than 3.11's 14.0),
// loaded on first use.
// Example: reprFloat(1e16) = "1e+16", reprFloat(0.5) = "0.5", reprStr("it's") = "\"it's\"".
import { readFileSync } from "node:fs";
import { distPath } from "../paths.js";
import type { ConstantValue, StrValue } from "./ast.js";

export function reprConstant(value: ConstantValue): string {
  switch (value.kind) {
    case "int":
      return value.value.toString();
    case "float":
      return reprFloat(value.value);
    case "complex":
      return formatFloat(value.imag, false) + "j";
    case "str":
      return reprStr(value.value, value.codePoints);
    case "bytes":
      return reprBytes(value.value);
    case "bool":
      return value.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
  }
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/** The code points of a str: `value`'s, unless an escaped surrogate pair keeps them apart. */
export function strCodePoints(str: Pick<StrValue, "value" | "codePoints">): number[] {
  return str.codePoints ?? Array.from(str.value, (ch) => ch.codePointAt(0)!);
}

/** `codePoints`, when given, are the text's code points (see StrValue). */
export function reprStr(text: string, codePoints?: number[]): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const code of strCodePoints({ value: text, codePoints })) {
    const ch = String.fromCodePoint(code);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + hex(code, 2);
    else if (code < 0x7f || isPrintable(code)) out += ch;
    else if (code <= 0xff) out += "\\x" + hex(code, 2);
    else if (code <= 0xffff) out += "\\u" + hex(code, 4);
    else out += "\\U" + hex(code, 8);
  }
  return out + quote;
}

export function reprBytes(bytes: Uint8Array): string {
  const text = String.fromCharCode(...bytes);
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "b" + quote;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + hex(b, 2);
    else out += ch;
  }
  return out + quote;
}

export function reprFloat(value: number): string {
  return formatFloat(value, true);
}

/** CPython's float formatting in 'r' mode; `addDot0` gives "1.0" rather than "1". */
function formatFloat(value: number, addDot0: boolean): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  // toExponential() without an argument gives the shortest digits that round-trip.
  const [mantissa, exponent] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const decpt = Number(exponent) + 1;
  if (value !== 0 && (decpt <= -4 || decpt > 16)) {
    const exp = decpt - 1;
    const frac = digits.length > 1 ? "." + digits.slice(1) : "";
    return `${sign}${digits[0]}${frac}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Inclusive ranges of the code points CPython 3.11's str.isprintable() rejects, sorted. */
let nonPrintable: [number, number][] | undefined;

/** Python's str.isprintable() for one code point. */
export function isPrintable(code: number): boolean {
  nonPrintable ??= JSON.parse(readFileSync(distPath("unicode-printable.json"), "utf8")) as [number, number][];
  let lo = 0;
  let hi = nonPrintable.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = nonPrintable[mid];
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return false;
  }
  return true;
}
