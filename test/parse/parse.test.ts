// The parser against its oracle: for every case file in test/cases/parse/, every example
// program and a sample of the standard library, our AST dump must equal what CPython 3.11
// prints with `ast.dump(ast.parse(source), include_attributes=True)`, byte for byte.
// CPython runs once for all files (oracle.ts). The full standard library sweep is corpus.ts.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { dumpAst } from "../../compiler/parse/dump.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { SourceFile } from "../../compiler/source.js";
import { oracle, type OracleResult } from "./oracle.js";

const STDLIB = "/usr/lib/python3.11";

/** Standard library modules of different styles: old and new syntax, big and small, f-strings, match. */
const STDLIB_SAMPLE = [
  "_pydecimal.py", "typing.py", "dataclasses.py", "enum.py", "inspect.py", "argparse.py", "ast.py",
  "functools.py", "pathlib.py", "string.py", "textwrap.py", "tokenize.py", "subprocess.py", "zipfile.py",
  "statistics.py", "fractions.py", "contextlib.py", "difflib.py", "pprint.py", "shutil.py", "tarfile.py",
  "imaplib.py", "pydoc.py", "turtle.py", "doctest.py", "csv.py", "heapq.py", "weakref.py", "random.py",
  "re/_parser.py", "asyncio/tasks.py", "json/decoder.py", "email/_header_value_parser.py", "unittest/mock.py",
];

const root = repoRoot();
const pyFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".py")).sort().map((f) => join(dir, f)) : [];

const files = [
  ...pyFiles(join(root, "test/cases/parse")),
  ...pyFiles(join(root, "examples")),
  ...STDLIB_SAMPLE.map((f) => join(STDLIB, f)),
];

/** Where two dumps first differ, with some context: whole dumps of big files are unreadable. */
function firstDifference(want: string, got: string): string {
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 200);
  return `dumps differ at character ${i}\n  CPython: …${want.slice(from, i + 200)}\n  cinderc: …${got.slice(from, i + 200)}`;
}

describe("parse: AST dumps match CPython 3.11", function () {
  let expected: Record<string, OracleResult>;
  before(() => {
    expected = oracle(files);
  });

  for (const file of files) {
    const name = file.startsWith(root) ? relative(root, file) : file;
    it(name, () => {
      const want = expected[file];
      assert.ok("dump" in want, `CPython rejects ${name}: ${JSON.stringify(want)}`);
      const source = new SourceFile(file, decodeSource(readFileSync(file)));
      const got = dumpAst(parseModule(source));
      if (got !== want.dump) assert.fail(firstDifference(want.dump, got));
    });
  }
});
