// LIR text round trip: for every LIR case in test/cases/lir/, parse(print(parse(text)))
// prints what print(parse(text)) printed. parse-errors.test holds malformed LIR, each case
// with the parser's expected message under [error].

import assert from "node:assert/strict";
import { parseFunctions } from "../../compiler/lir/parse.js";
import { printFunctions } from "../../compiler/lir/print.js";
import { CaseFile, expectSection } from "./case-file.js";

describe("LIR print/parse", () => {
  for (const file of CaseFile.all((n) => n !== "parse-errors.test")) {
    describe(file.path.replace(/.*\//, ""), () => {
      for (const c of file.cases) {
        it(`round-trips ${c.name}`, () => {
          const once = printFunctions(parseFunctions(file.get(c, "lir")!));
          assert.equal(printFunctions(parseFunctions(once)), once);
        });
      }
    });
  }

  describe("parse-errors.test", () => {
    const [file] = CaseFile.all((n) => n === "parse-errors.test");
    for (const c of file.cases) {
      it(`rejects ${c.name}`, () => {
        let message = "no error";
        try {
          parseFunctions(file.get(c, "lir")!);
        } catch (e) {
          message = (e as Error).message;
        }
        expectSection(file, c, "error", message + "\n", assert.equal);
      });
    }
    after(() => file.save());
  });
});
