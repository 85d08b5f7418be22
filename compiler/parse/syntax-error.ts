// A syntax error found while building the AST, before parser.ts turns it into a CompileError.
//
// Carries CPython's message and the position CPython reports (1-based line, 0-based UTF-8
// byte column), so tests can compare both with `compile()` under CPython 3.11.
// Example: new PySyntaxError("cannot mix bytes and nonbytes literals", { lineno: 1, col_offset: 0 }).
import type { Span } from "../diagnostics.js";

export class PySyntaxError extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}
