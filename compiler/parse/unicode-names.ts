// Resolves `\N{NAME}` escapes as CPython does: names are matched case-insensitively; CJK
// unified ideographs and Hangul syllables have algorithmic names; everything else comes from
// dist/unicode-names.json, generated at build time from CPython's unicodedata (so both agree
// on the Unicode version), loaded on first use.
import { readFileSync } from "node:fs";
import { distPath } from "../paths.js";

let table: Record<string, number> | undefined;

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** CJK unified ideograph ranges of Unicode 14 (CPython 3.11's unicodedata). */
const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];

function hangul(name: string): number | undefined {
  const rest = name.slice("HANGUL SYLLABLE ".length);
  for (let l = 0; l < JAMO_L.length; l++) {
    for (let v = 0; v < JAMO_V.length; v++) {
      for (let t = 0; t < JAMO_T.length; t++) {
        if (JAMO_L[l] + JAMO_V[v] + JAMO_T[t] === rest) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
  }
  return undefined;
}

/** The code point named `name`, or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = upper.slice("CJK UNIFIED IDEOGRAPH-".length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
  }
  if (upper.startsWith("HANGUL SYLLABLE ")) return hangul(upper);
  table ??= JSON.parse(readFileSync(distPath("unicode-names.json"), "utf8")) as Record<string, number>;
  return table[upper];
}
