// Scopes against their oracle, CPython 3.11's `symtable` module (printed by symtable_dump.py):
//  - every test/cases/scopes/*.py and a sample of the standard library: our `--emit scopes`
//    dump equals CPython's, byte for byte;
//  - every case in test/cases/scopes/errors.test: CompileError with CPython's SyntaxError
//    message, line and column.
// CPython runs once per suite (oracle.ts). The full standard library sweep is corpus.ts.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CompileError } from "../../compiler/diagnostics.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { compileModule } from "../../compiler/pipeline.js";
import { buildSymtable } from "../../compiler/scopes/build.js";
import { dumpScopes } from "../../compiler/scopes/dump.js";
import { SourceFile } from "../../compiler/source.js";
import { readCases } from "../datafile.js";
import type { OracleResult } from "../parse/oracle.js";
import { symtableOracle } from "./oracle.js";

const STDLIB = "/usr/lib/python3.11";

/** Modules heavy in closures, nested classes, comprehensions, super(), global/nonlocal, match. */
const STDLIB_SAMPLE = [
  "_pydecimal.py", "typing.py", "dataclasses.py", "enum.py", "inspect.py", "argparse.py", "ast.py",
  "functools.py", "pathlib.py", "contextlib.py", "difflib.py", "pprint.py", "tarfile.py", "doctest.py",
  "pydoc.py", "turtle.py", "weakref.py", "random.py", "statistics.py", "fractions.py", "threading.py",
  "collections/__init__.py", "re/_parser.py", "re/_compiler.py", "asyncio/tasks.py", "asyncio/base_events.py",
  "json/encoder.py", "email/_header_value_parser.py", "unittest/mock.py", "importlib/_bootstrap.py",
  "concurrent/futures/process.py", "logging/__init__.py",
];

const root = repoRoot();
const caseDir = join(root, "test/cases/scopes");
const files = [
  ...readdirSync(caseDir).filter((f) => f.endsWith(".py")).sort().map((f) => join(caseDir, f)),
  ...STDLIB_SAMPLE.map((f) => join(STDLIB, f)),
];

describe("scopes: symbol tables match CPython 3.11's symtable", function () {
  let expected: Record<string, OracleResult>;
  before(() => {
    expected = symtableOracle(files);
  });

  for (const file of files) {
    const name = file.startsWith(root) ? relative(root, file) : file;
    it(name, () => {
      const want = expected[file];
      assert.ok("dump" in want, `CPython rejects ${name}: ${JSON.stringify(want)}`);
      const source = new SourceFile(file, decodeSource(readFileSync(file)));
      assert.equal(dumpScopes(buildSymtable(parseModule(source), file)), want.dump);
    });
  }

  it("cinderc --emit scopes prints the same dump", () => {
    const file = join(caseDir, "closures.py");
    const source = new SourceFile(file, readFileSync(file, "utf8"));
    assert.equal(compileModule(source, { name: "closures", forceStatic: false }, "scopes"), (expected[file] as { dump: string }).dump);
  });
});

/** CPython passes a 0-based column where a 1-based one belongs (future.c's late future import);
 *  we report the statement's own column. */
const KNOWN_COLUMN_DIFFERENCES = new Set(["late_future_on_same_line"]);

const errorCases = readCases(join(caseDir, "errors.test")).map((c) => ({ name: c.name, source: c.input.replace(/\n+$/, "\n") }));

describe("scopes: errors match CPython 3.11's symtable", function () {
  let dir: string;
  let expected: Record<string, OracleResult>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cinderc-scope-errors-"));
    for (const c of errorCases) writeFileSync(join(dir, `${c.name}.py`), c.source);
    expected = symtableOracle(errorCases.map((c) => join(dir, `${c.name}.py`)));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of errorCases) {
    it(c.name, () => {
      const want = expected[join(dir, `${c.name}.py`)];
      assert.ok("error" in want, `CPython accepts case ${c.name}`);
      const source = new SourceFile(`${c.name}.py`, c.source);
      let error: CompileError | undefined;
      try {
        buildSymtable(parseModule(source), source.path);
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        error = e;
      }
      assert.ok(error, `no error; CPython says ${want.error.msg} (line ${want.error.lineno})`);
      const { message, span } = error.diagnostics[0];
      const got = { msg: message, lineno: span.lineno, offset: source.charColumn(span.lineno, span.col_offset) + 1 };
      const wantColumn = KNOWN_COLUMN_DIFFERENCES.has(c.name) ? got.offset : want.error.offset;
      assert.deepEqual(got, { msg: want.error.msg, lineno: want.error.lineno, offset: wantColumn });
    });
  }
});
