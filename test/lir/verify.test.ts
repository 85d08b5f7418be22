// LIR verifier tests: each case in test/cases/lir/verify.test is LIR whose offending lines
// carry the expected `; error: ...` comments. The test parses it (comments are ignored),
// verifies, and prints the function with the verifier's errors; that must be the case text.

import assert from "node:assert/strict";
import { parseFunctions } from "../../compiler/lir/parse.js";
import { annotateErrors, verifyLir } from "../../compiler/lir/verify.js";
import { CaseFile, expectSection } from "./case-file.js";

describe("LIR verifier", () => {
  const [file] = CaseFile.all((n) => n === "verify.test");
  for (const c of file.cases) {
    it(c.name, () => {
      const text = parseFunctions(file.get(c, "lir")!).map((f) => annotateErrors(f, verifyLir(f))).join("\n");
      expectSection(file, c, "lir", text, assert.equal);
    });
  }
  after(() => file.save());
});
