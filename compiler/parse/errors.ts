// Syntax errors: which error, at which position, CPython 3.11 reports for a chunk that failed.
//
// Consumes: the failed ohm match of a chunk, and the tokenizer error layout.ts found (if
// any). Produces: a PySyntaxError with CPython's message and position.
// Invariant: CPython's order of precedence — a tokenizer error beats a parse error; an
// unclosed bracket beats a parse error on a later line; otherwise a parse error is
// "unexpected indent"/"unexpected unindent" at an INDENT/DEDENT, else "invalid syntax" at
// the furthest token the parser reached.
// Example: "x = = 1" -> "invalid syntax" at line 1, column 4.
import type * as ohm from "ohm-js";
import { DEDENT, INDENT, type Chunk, type LayoutError } from "./layout.js";
import type { BuildContext } from "./locate.js";
import type { SourceLines } from "./positions.js";
import { PySyntaxError } from "./syntax-error.js";

export function layoutErrorToSyntaxError(error: LayoutError, lines: SourceLines): PySyntaxError {
  const at = lines.position(error.offset);
  return new PySyntaxError(error.message, { lineno: error.line ?? at.line, col_offset: at.col });
}

export function failurePosition(match: ohm.MatchResult): number {
  return (match as ohm.FailedMatchResult).getRightmostFailurePosition();
}

export function syntaxErrorForChunk(
  chunk: Chunk,
  match: ohm.MatchResult,
  context: BuildContext,
  layoutError: LayoutError | null,
  _startRule = "Chunk",
): PySyntaxError {
  const text = chunk.text;
  let index = failurePosition(match);
  while (index < text.length && (text[index] === " " || text[index] === "\t" || text[index] === "\f")) index++;
  const at = context.lines.position(chunk.sourceStart(Math.min(index, text.length - 1)));
  let error: PySyntaxError;
  if (text[index] === INDENT) error = new PySyntaxError("unexpected indent", { lineno: at.line, col_offset: at.col });
  else if (text[index] === DEDENT) error = new PySyntaxError("unexpected unindent", { lineno: at.line, col_offset: at.col });
  else error = new PySyntaxError("invalid syntax", { lineno: at.line, col_offset: at.col });
  if (layoutError?.kind === "unclosed" && layoutError.line! < error.span.lineno) {
    return layoutErrorToSyntaxError(layoutError, context.lines);
  }
  return error;
}
