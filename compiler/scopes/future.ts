// `from __future__ import ...` at the top of a module, read as CPython 3.11's Python/future.c
// reads it before building symbol tables (the `annotations` feature changes them).
//
// Consumes: a Module. Produces: the set of feature names, or throws CompileError for an
// unknown feature.
// Invariant: only the leading run counts: an optional docstring, then future imports;
// later ones are the compiler's business ("must occur at the beginning of the file").
// Example: '"""doc"""\nfrom __future__ import annotations\nx = 1' -> {"annotations"}.
import { CompileError } from "../diagnostics.js";
import type { Module } from "../parse/ast.js";

const FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

export function futureFeatures(mod: Module, path: string): Set<string> {
  const features = new Set<string>();
  const body = mod.body;
  const first = body[0];
  let i = first?._type === "Expr" && first.value._type === "Constant" && first.value.value.kind === "str" ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type !== "ImportFrom" || s.module !== "__future__") {
      done = true;
      continue;
    }
    // A future import after a plain one on the same line (`import x; from __future__ ...`).
    const fail = (message: string) => {
      throw new CompileError([{ path, span: { lineno: s.lineno, col_offset: s.col_offset }, message }]);
    };
    if (done) fail("from __future__ imports must occur at the beginning of the file");
    for (const alias of s.names) {
      if (alias.name === "braces") fail("not a chance");
      if (!FEATURES.has(alias.name)) fail(`future feature ${alias.name} is not defined`);
      features.add(alias.name);
    }
  }
  return features;
}
