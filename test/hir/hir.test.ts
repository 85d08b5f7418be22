// HIR goldens from test/cases/hir/*.test:
//  - Python source in, HIR out after refcount insertion; `fn=NAME` prints only the native
//    entry of that function;
//  - `input=hir pass=refcount`: HIR text in, the pass's output out;
//  - `out=lir`: Python source in, the LIR the lowering makes of it (after its dead-code
//    pass) out: what the fast paths cost in machine operations.
// Every output must also read back: parse(print(f)) prints the same text.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkModule } from "../../compiler/check/check.js";
import { buildModule } from "../../compiler/hir/build/module.js";
import type { HFunction } from "../../compiler/hir/hir.js";
import { parseFunction } from "../../compiler/hir/parse.js";
import { printFunction } from "../../compiler/hir/print.js";
import { insertRefcounts } from "../../compiler/hir/refcount.js";
import { borrowShortLived } from "../../compiler/hir/borrow.js";
import { guardStack } from "../../compiler/hir/guard.js";
import { inlineCalls } from "../../compiler/hir/inline.js";
import { threadBranches } from "../../compiler/hir/thread.js";
import { verifyFunction } from "../../compiler/hir/verify.js";
import { removeDeadDefs } from "../../compiler/lir/dce.js";
import { threadJumps } from "../../compiler/lir/jumps.js";
import { lowerFunction } from "../../compiler/lir/lower.js";
import { printFunction as printLFunction } from "../../compiler/lir/print.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { SourceFile } from "../../compiler/source.js";
import { BLESS, type DataCase, blessCases, blessHint, readCases } from "../datafile.js";

const dir = join(repoRoot(), "test/cases/hir");

const PASSES: Record<string, (f: HFunction) => void> = { refcount: insertRefcounts, borrow: borrowShortLived, thread: threadBranches };

function fromPython(input: string, fn: string | undefined): HFunction[] {
  const source = new SourceFile("t.py", input);
  const mod = buildModule(checkModule(parseModule(source), source, { name: "t", forceStatic: false }));
  inlineCalls(mod.functions);
  mod.functions.forEach(threadBranches);
  mod.functions.forEach(guardStack);
  const fns = mod.functions.filter((f) => (fn ? f.sig.symbol === `t.${fn}` : true));
  for (const f of fns) {
    borrowShortLived(f);
    insertRefcounts(f);
  }
  return fns;
}

function fromHir(input: string, pass: string): HFunction[] {
  const f = parseFunction(input);
  verifyFunction(f, "parsing");
  const run = PASSES[pass];
  if (!run) throw new Error(`unknown pass '${pass}'`);
  run(f);
  return [f];
}

function lirOutput(c: DataCase): string {
  let caches = 0;
  const ctx = {
    cellsSymbol: "t.<consts>", descSymbol: "cinderc_module_t", filename: "t.py", cstring: (s: string) => `str(${s})`,
    globalCache: () => ({ symbol: "t.<globals cache>", addend: 32 * caches++ }),
  };
  return fromPython(c.input, c.options.fn).map((f) => {
    const l = lowerFunction(f, ctx, false);
    removeDeadDefs(l);
    threadJumps(l, true);
    return printLFunction(l);
  }).join("\n");
}

function output(c: DataCase): string {
  if (c.options.out === "lir") return lirOutput(c);
  const fns = c.options.input === "hir" ? fromHir(c.input, c.options.pass) : fromPython(c.input, c.options.fn);
  for (const f of fns) verifyFunction(f, "the test's pipeline");
  const text = fns.map(printFunction).join("\n");
  for (const f of fns) {
    const printed = printFunction(f);
    assert.equal(printFunction(parseFunction(printed)), printed, "HIR text does not read back to the same text");
  }
  return text;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".test"))) {
  describe(`HIR ${file}`, () => {
    const path = join(dir, file);
    const outputs = new Map<string, string>();
    for (const c of readCases(path)) {
      it(c.name, () => {
        const got = output(c);
        outputs.set(c.name, got);
        if (!BLESS) assert.equal(got, c.expected, blessHint);
      });
    }
    after(() => { if (BLESS) blessCases(path, outputs); });
  });
}
