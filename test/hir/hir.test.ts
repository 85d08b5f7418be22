// HIR goldens: Python source in, HIR out (after refcount insertion), from
// test/cases/hir/*.test. `fn=NAME` prints only that function's native entry.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkModule } from "../../compiler/check/check.js";
import { buildModule } from "../../compiler/hir/build/module.js";
import { printFunction } from "../../compiler/hir/print.js";
import { insertRefcounts } from "../../compiler/hir/refcount.js";
import { verifyFunction } from "../../compiler/hir/verify.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { SourceFile } from "../../compiler/source.js";
import { BLESS, blessCases, blessHint, readCases } from "../datafile.js";

const dir = join(repoRoot(), "test/cases/hir");

export function hirFor(input: string, fn: string | undefined): string {
  const source = new SourceFile("t.py", input);
  const mod = buildModule(checkModule(parseModule(source), source, { name: "t", forceStatic: false }));
  const fns = mod.functions.filter((f) => (fn ? f.sig.symbol === `t.${fn}` : true));
  for (const f of fns) {
    insertRefcounts(f);
    verifyFunction(f, "refcount insertion");
  }
  return fns.map(printFunction).join("\n");
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".test"))) {
  describe(`HIR ${file}`, () => {
    const path = join(dir, file);
    const outputs = new Map<string, string>();
    for (const c of readCases(path)) {
      it(c.name, () => {
        const got = hirFor(c.input, c.options.fn);
        outputs.set(c.name, got);
        if (!BLESS) assert.equal(got, c.expected, blessHint);
      });
    }
    after(() => { if (BLESS) blessCases(path, outputs); });
  });
}
