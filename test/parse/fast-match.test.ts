// fast-match.ts against ohm's own matcher: for every chunk of the parse cases, the syntax
// error cases and a sample of the standard library, both must agree on success, and on
// success build the same CST (rule names, node classes, lengths and child offsets), which is
// what makes the semantics see the same tree. test:corpus checks the resulting ASTs on all of
// the standard library.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type * as ohm from "ohm-js";
import type { Chunk } from "../../compiler/parse/chunk.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { fastMatcher, type FastMatcher } from "../../compiler/parse/fast-match.js";
import { pythonGrammar } from "../../compiler/parse/grammar.js";
import { layout } from "../../compiler/parse/layout.js";
import { repoRoot } from "../../compiler/paths.js";
import { readCases } from "../datafile.js";
import { STDLIB } from "./files.js";

const STDLIB_SAMPLE = ["typing.py", "_pydecimal.py", "dataclasses.py", "re/_parser.py", "asyncio/tasks.py", "pydoc.py"];

/** ohm's CST node fields that the semantics reads. */
interface Node {
  constructor: unknown;
  ctorName: string;
  matchLength: number;
  children?: Node[];
  childOffsets?: number[];
  optional?: boolean;
}

/** Where two CSTs first differ, or null. */
function difference(want: Node, got: Node, path: string): string | null {
  const here = `${path}/${want.ctorName}`;
  if (want.constructor !== got.constructor || want.ctorName !== got.ctorName) return `${here}: got ${got.ctorName}`;
  if (want.matchLength !== got.matchLength) return `${here}: length ${want.matchLength}, got ${got.matchLength}`;
  if (want.optional !== got.optional) return `${here}: optional ${want.optional}, got ${got.optional}`;
  if (String(want.childOffsets) !== String(got.childOffsets)) return `${here}: offsets ${want.childOffsets}, got ${got.childOffsets}`;
  const children = want.children ?? [];
  if (children.length !== (got.children ?? []).length) return `${here}: ${children.length} children, got ${got.children?.length}`;
  for (let i = 0; i < children.length; i++) {
    const d = difference(children[i], got.children![i], here);
    if (d) return d;
  }
  return null;
}

/** A chunk and the chunks its DEFERRED markers stand for. */
function allChunks(chunks: Chunk[]): Chunk[] {
  return chunks.flatMap((c) => [c, ...allChunks([...c.deferred.values()])]);
}

function compare(fast: FastMatcher, grammar: ohm.Grammar, text: string, startRule: string): void {
  let want: { _cst?: Node; _cstOffset: number; succeeded(): boolean };
  try {
    want = grammar.match(text, startRule) as unknown as typeof want;
  } catch (e) {
    // Nested too deeply for ohm's recursion (the parser reports it); nothing to compare.
    if (e instanceof RangeError) return;
    throw e;
  }
  const got = fast.match(text, startRule) as unknown as { _cst: Node; _cstOffset: number } | null;
  if (!want.succeeded()) {
    assert.equal(got, null, `ohm fails on ${JSON.stringify(text)}, the fast matcher does not`);
    return;
  }
  assert.ok(got, `ohm matches ${JSON.stringify(text)}, the fast matcher does not`);
  assert.equal(got._cstOffset, want._cstOffset);
  const d = difference(want._cst!, got._cst, "");
  if (d) assert.fail(`CSTs differ for ${JSON.stringify(text.slice(0, 200))}: ${d}`);
}

describe("parse: the fast matcher builds ohm's CST", function () {
  const { grammar } = pythonGrammar();
  const fast = fastMatcher(grammar);
  const root = repoRoot();
  const casesDir = join(root, "test/cases/parse");
  const sources: [string, string][] = [
    ...readdirSync(casesDir).filter((f) => f.endsWith(".py")).map((f): [string, string] => [f, decodeSource(readFileSync(join(casesDir, f)))]),
    ...readCases(join(casesDir, "errors.test")).map((c): [string, string] => [`errors.test: ${c.name}`, c.input]),
    ...STDLIB_SAMPLE.map((f): [string, string] => [f, readFileSync(join(STDLIB, f), "utf8")]),
  ];

  it("is available for python.ohm under this ohm-js version", () => {
    assert.ok(fast, "fastMatcher(python.ohm) is null: ohm-js was upgraded, or the grammar uses what fast-match.ts does not implement");
  });

  for (const [name, source] of sources) {
    it(name, () => {
      for (const chunk of allChunks(layout(source).chunks)) compare(fast!, grammar, chunk.text, "Chunk");
    });
  }

  it("f-string replacement fields", () => {
    for (const field of ["(x)", "(a + b, *c)", "(x!r)", "(yield)", "(f(x)[1:2])", "(a if b else c)", "(1 +)"]) {
      const text = layout(field).chunks[0].text;
      compare(fast!, grammar, text, "FStringField");
    }
  });
});
