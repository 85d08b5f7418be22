// Syntax errors against CPython 3.11: each case in test/cases/parse/errors.test must raise
// CompileError with CPython's message on CPython's line (the column is checked too, and
// reported, but CPython's column conversion has quirks, see KNOWN_COLUMN_DIFFERENCES).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CompileError } from "../../compiler/diagnostics.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { SourceFile } from "../../compiler/source.js";
import { readCases } from "../datafile.js";
import { oracle, type OracleResult } from "./oracle.js";

const cases = readCases(join(repoRoot(), "test/cases/parse/errors.test")).map((c) => ({
  name: c.name,
  source: c.input.replace(/\n+$/, "\n"),
}));

/** CPython reports these at byte rather than character columns; we report the character. */
const KNOWN_COLUMN_DIFFERENCES = new Set(["bytes_non_ascii"]);

/** CPython's 1-based character column for our 0-based UTF-8 byte column on `line`. */
function characterOffset(source: SourceFile, line: number, byteCol: number): number {
  return source.charColumn(line, byteCol) + 1;
}

describe("parse: syntax errors match CPython 3.11", function () {
  let dir: string;
  let expected: Record<string, OracleResult>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cinderc-parse-errors-"));
    for (const c of cases) writeFileSync(join(dir, `${c.name}.py`), c.source);
    expected = oracle(cases.map((c) => join(dir, `${c.name}.py`)));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of cases) {
    it(c.name, () => {
      const want = expected[join(dir, `${c.name}.py`)];
      assert.ok("error" in want, `CPython accepts case ${c.name}`);
      const source = new SourceFile(`${c.name}.py`, c.source);
      let error: CompileError | undefined;
      try {
        parseModule(source);
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        error = e;
      }
      assert.ok(error, `no syntax error; CPython says ${want.error.msg} (line ${want.error.lineno})`);
      const { message, span } = error.diagnostics[0];
      const got = { msg: message, lineno: span.lineno, offset: characterOffset(source, span.lineno, span.col_offset) };
      const wantColumn = KNOWN_COLUMN_DIFFERENCES.has(c.name) ? got.offset : want.error.offset;
      assert.deepEqual(got, { msg: want.error.msg, lineno: want.error.lineno, offset: wantColumn });
    });
  }
});
