// Data-driven test files (mypyc/Cranelift style): many cases per file,
//   [case NAME option=value ...]
//   input lines
//   [out]
//   expected lines
// `CINDERC_BLESS=1 npm test` rewrites the [out] sections with what the compiler produced.
import { readFileSync, writeFileSync } from "node:fs";

export interface DataCase {
  name: string;
  options: Record<string, string>;
  input: string;
  expected: string;
}

export const BLESS = process.env.CINDERC_BLESS === "1";

export function readCases(path: string): DataCase[] {
  const text = readFileSync(path, "utf8");
  const cases: DataCase[] = [];
  const parts = text.split(/^\[case /m).slice(1);
  for (const part of parts) {
    const header = part.slice(0, part.indexOf("]"));
    const [name, ...opts] = header.trim().split(/\s+/);
    const options = Object.fromEntries(opts.map((o) => o.split("=") as [string, string]));
    const body = part.slice(part.indexOf("]\n") + 2);
    const [input, expected = ""] = body.split(/^\[out\]\n/m);
    cases.push({ name, options, input, expected: expected.replace(/\n+$/, "\n") });
  }
  return cases;
}

/** Rewrite a file's [out] sections with new outputs (same order as readCases). */
export function blessCases(path: string, outputs: Map<string, string>): void {
  const cases = readCases(path);
  const text = cases.map((c) => {
    const opts = Object.entries(c.options).map(([k, v]) => ` ${k}=${v}`).join("");
    return `[case ${c.name}${opts}]\n${c.input}[out]\n${outputs.get(c.name) ?? c.expected}`;
  }).join("\n");
  writeFileSync(path, text);
}

export const blessHint = "run `CINDERC_BLESS=1 npm test` to accept the new output, then review the diff";
