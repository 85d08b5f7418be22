// The oracle for scope tests: CPython 3.11's `symtable` module, printed by
// symtable_dump.py in the text form of compiler/scopes/dump.ts, many files per process.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";
import { PYTHON, type OracleResult } from "../parse/oracle.js";

const SCRIPT = join(repoRoot(), "test/scopes/symtable_dump.py");

/** CPython's dump (or SyntaxError) for each file, keyed by path. */
export function symtableOracle(paths: string[]): Record<string, OracleResult> {
  const stdout = execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(paths), maxBuffer: 1 << 30, encoding: "utf8" });
  return JSON.parse(stdout) as Record<string, OracleResult>;
}
