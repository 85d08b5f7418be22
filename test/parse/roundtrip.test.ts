// The printer and the parser against each other: for thousands of random ASTs (random-ast.ts),
// parse(unparse(tree)) must equal the tree, positions aside (dumpAst without attributes).
// A failure names its seed; replay it alone with
//   CINDERC_ROUNDTRIP_SEED=<seed> npx mocha --no-config build/test/parse/roundtrip.test.js
// CINDERC_ROUNDTRIP_COUNT changes how many trees are tried (default 3000).
// Also: unparse of a few stdlib modules parses back to the same tree, and for simple modules
// prints what CPython's ast.unparse prints.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dumpAst } from "../../compiler/parse/dump.js";
import { parseText } from "../../compiler/parse/parser.js";
import { PySyntaxError } from "../../compiler/parse/syntax-error.js";
import { unparse } from "../../compiler/parse/unparse.js";
import type { Module } from "../../compiler/parse/ast.js";
import { PYTHON } from "./oracle.js";
import { AstGenerator, Random } from "./random-ast.js";

const dump = (tree: Module) => dumpAst(tree, { attributes: false });

/** The round trip for one tree; the error message says what went wrong and how to replay it. */
function roundTrip(tree: Module, label: string): void {
  let source: string;
  try {
    source = unparse(tree);
  } catch (e) {
    assert.fail(`${label}: unparse failed: ${(e as Error).message}\ntree: ${dump(tree)}`);
  }
  let reparsed: Module;
  try {
    reparsed = parseText(source);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    assert.fail(`${label}: unparse printed source that does not parse (${e.message}, line ${e.span.lineno}):\n${source}`);
  }
  const want = dump(tree);
  const got = dump(reparsed);
  if (got !== want) assert.fail(`${label}: parse(unparse(tree)) differs from tree\nsource:\n${source}\ntree:     ${want}\nreparsed: ${got}`);
}

describe("parse: unparse round trip", function () {
  const only = process.env.CINDERC_ROUNDTRIP_SEED;
  const count = Number(process.env.CINDERC_ROUNDTRIP_COUNT ?? 3000);
  const seeds = only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, i) => i + 1);

  it(`parse(unparse(tree)) == tree for ${seeds.length} random trees`, function () {
    this.timeout(300_000);
    for (const seed of seeds) {
      const tree = new AstGenerator(new Random(seed)).module();
      roundTrip(tree, `seed ${seed} (replay: CINDERC_ROUNDTRIP_SEED=${seed})`);
    }
  });

  const STDLIB = ["/usr/lib/python3.11/_pydecimal.py", "/usr/lib/python3.11/typing.py", "/usr/lib/python3.11/dataclasses.py",
    "/usr/lib/python3.11/re/_parser.py", "/usr/lib/python3.11/ast.py"];
  for (const file of STDLIB) {
    it(`parse(unparse(parse(${file}))) == parse(${file})`, () => {
      roundTrip(parseText(readFileSync(file, "utf8")), file);
    });
  }

  // ast.unparse puts blank lines around definitions and prints docstrings triple-quoted, so
  // only modules without those compare text for text; these cover operators and f-strings.
  it("prints what CPython's ast.unparse prints", () => {
    const source = [
      "x = (a + b) * c ** -d",
      "y = a if b else (lambda q, *r, s=1, **t: q)",
      "z = [i for i in range(3) if i]",
      "w = f'{x!r:>{width}} and {y}'",
      "del a[1:2, ::3], b.c",
      "for k, v in d.items():\n    print(k, *v, sep='')",
      "print(not a, -b, await c)",
    ].join("\n") + "\n";
    const want = execFileSync(PYTHON, ["-c", "import ast, sys; print(ast.unparse(ast.parse(sys.stdin.read())))"], { input: source, encoding: "utf8" });
    assert.equal(unparse(parseText(source)), want);
  });
});
