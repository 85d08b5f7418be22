// Reads and rewrites the data files under test/cases/lir/: many cases per file, each a
// `[case NAME]` header followed by LIR text and then optional sections (`[c]`, `[out]`,
// `[asm]`, `[alloc]`, `[error]`). Lines before the first case are a free-form preamble.
// Bless mode (CINDERC_BLESS=1) replaces expected sections in place and keeps the rest of the
// file byte for byte.
//
//   [case add_one]
//   export fn @add_one { ... }
//   [out]
//   42

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";

export const BLESS = process.env.CINDERC_BLESS === "1";
export const CASE_DIR = join(repoRoot(), "test", "cases", "lir");

interface Section {
  name: string;
  lines: string[];
}

export interface Case {
  name: string;
  /** 1-based line of the `[case]` header, for messages. */
  line: number;
  sections: Section[];
}

const HEADER = /^\[(case|[a-z]+)(?: (\S+))?\]$/;

export class CaseFile {
  private readonly preamble: string[] = [];
  readonly cases: Case[] = [];
  private dirty = false;

  constructor(readonly path: string) {
    readFileSync(path, "utf8").replace(/\n$/, "").split("\n").forEach((line, k) => {
      const m = HEADER.exec(line);
      const current = this.cases[this.cases.length - 1];
      if (m && m[1] === "case") this.cases.push({ name: m[2] ?? `#${this.cases.length}`, line: k + 1, sections: [{ name: "lir", lines: [] }] });
      else if (m && current) current.sections.push({ name: m[1], lines: [] });
      else if (current) current.sections[current.sections.length - 1].lines.push(line);
      else this.preamble.push(line);
    });
  }

  static all(filter: (name: string) => boolean = () => true): CaseFile[] {
    return readdirSync(CASE_DIR).filter((n) => n.endsWith(".test") && filter(n)).sort().map((n) => new CaseFile(join(CASE_DIR, n)));
  }

  /** A section's text without its trailing blank lines (which separate cases), or undefined. */
  get(c: Case, name: string): string | undefined {
    const s = c.sections.find((x) => x.name === name);
    if (!s) return undefined;
    const lines = [...s.lines];
    while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
    return lines.length ? lines.join("\n") + "\n" : "";
  }

  /** Replace (or append) a section, keeping the blank lines that followed it. */
  set(c: Case, name: string, text: string): void {
    let s = c.sections.find((x) => x.name === name);
    if (!s) {
      s = { name, lines: [""] };
      c.sections.push(s);
    }
    let blanks = 0;
    while (blanks < s.lines.length && s.lines[s.lines.length - 1 - blanks].trim() === "") blanks++;
    s.lines = [...text.replace(/\n$/, "").split("\n"), ...new Array(blanks).fill("")];
    this.dirty = true;
  }

  /** Writes the file back if anything was set. */
  save(): void {
    if (!this.dirty) return;
    const out = [...this.preamble];
    for (const c of this.cases) {
      out.push(`[case ${c.name}]`);
      for (const s of c.sections) {
        if (s.name !== "lir") out.push(`[${s.name}]`);
        out.push(...s.lines);
      }
    }
    writeFileSync(this.path, out.join("\n") + "\n");
    this.dirty = false;
  }

  where(c: Case): string {
    return `${this.path.slice(repoRoot().length + 1)}:${c.line}`;
  }
}

/** Compare `actual` with a case's expected section; in bless mode record it instead. */
export function expectSection(file: CaseFile, c: Case, name: string, actual: string, assertEqual: (a: string, e: string, msg: string) => void): void {
  const expected = file.get(c, name);
  if (BLESS) {
    if (expected !== actual) file.set(c, name, actual);
    return;
  }
  if (expected === undefined) throw new Error(`${file.where(c)}: case ${c.name} has no [${name}] section (CINDERC_BLESS=1 adds it)`);
  assertEqual(actual, expected, `${file.where(c)}: [${name}] of case ${c.name} differs (CINDERC_BLESS=1 rewrites it)`);
}
