// Positions for the semantic actions: from an ohm CST node to CPython's lineno/col_offset.
//
// Consumes: the chunk being built (set by parser.ts around each semantic evaluation) and the
// CST nodes the actions hand in. Produces: `Located` spans.
// Invariant: a node's span runs from its first token's start to its last token's end, as
// CPython's EXTRA does: the ohm interval with layout markers and blanks trimmed from both ends,
// mapped through the chunk to the source and converted to UTF-8 byte columns.
// Example: for "x = (a)\n", the Assign's interval "x = (a)\n" trims to "x = (a)", which is
// line 1, columns 0 to 7.
import type * as ohm from "ohm-js";
import { InternalError } from "../diagnostics.js";
import type { Expr, Located, Stmt } from "./ast.js";
import { isLayoutBlank, type Chunk } from "./chunk.js";
import type { SourceLines } from "./positions.js";

export interface BuildContext {
  chunk: Chunk;
  lines: SourceLines;
  /** Parse the text of an f-string replacement field, wrapped in parentheses. */
  parseFStringExpression(wrapped: string): Expr;
  /** Parse the statement a DEFERRED marker stands for. */
  parseDeferred(chunk: Chunk): Stmt[];
  /** In the error pass: where the first pass failed (chunk index), for "last token read". */
  failure?: number;
}

let current: BuildContext | null = null;

/** Run `build` with `context` as the chunk the semantic actions read positions from. */
export function withBuildContext<T>(context: BuildContext, build: () => T): T {
  const saved = current;
  current = context;
  try {
    return build();
  } finally {
    current = saved;
  }
}

export function buildContext(): BuildContext {
  if (!current) throw new InternalError("parse", "semantic action run outside withBuildContext");
  return current;
}

/** The span of chunk text [start, end), trimmed of blanks and layout markers. */
export function spanOfRange(start: number, end: number): Located {
  const { chunk, lines } = buildContext();
  const text = chunk.text;
  while (start < end && isLayoutBlank(text.charCodeAt(start))) start++;
  while (end > start && isLayoutBlank(text.charCodeAt(end - 1))) end--;
  const from = lines.position(chunk.sourceStart(start));
  const to = lines.position(chunk.sourceEnd(end));
  return { lineno: from.line, col_offset: from.col, end_lineno: to.line, end_col_offset: to.col };
}

/** The span of one CST node. */
export function span(node: ohm.Node): Located {
  return spanOfRange(node.source.startIdx, node.source.endIdx);
}

/** The span from the start of `first` to the end of `last`. */
export function spanBetween(first: ohm.Node, last: ohm.Node): Located {
  return spanOfRange(first.source.startIdx, last.source.endIdx);
}
