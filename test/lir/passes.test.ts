// LIR pass tests: each case in test/cases/lir/passes-*.test is LIR text in; the `[out]`
// section is the function after the pass the file names (fuse: compare-and-branch fusion;
// jumps: jump threading, with constants as before register allocation).

import assert from "node:assert/strict";
import { fuseCompares } from "../../compiler/lir/fuse.js";
import { threadJumps } from "../../compiler/lir/jumps.js";
import type { LFunction } from "../../compiler/lir/lir.js";
import { parseFunctions } from "../../compiler/lir/parse.js";
import { printFunction } from "../../compiler/lir/print.js";
import { assertValidLir } from "../../compiler/lir/verify.js";
import { CaseFile, expectSection } from "./case-file.js";

const PASSES: Record<string, (f: LFunction) => void> = {
  "passes-fuse.test": fuseCompares,
  "passes-jumps.test": (f) => threadJumps(f, true),
};

for (const file of CaseFile.all((n) => n in PASSES)) {
  const name = file.path.split("/").pop()!;
  describe(`LIR pass ${name}`, () => {
    for (const c of file.cases) {
      it(c.name, () => {
        const out = parseFunctions(file.get(c, "lir")!).map((f) => {
          PASSES[name](f);
          assertValidLir(f, name);
          return printFunction(f);
        }).join("\n");
        expectSection(file, c, "out", out, assert.equal);
      });
    }
    after(() => file.save());
  });
}
