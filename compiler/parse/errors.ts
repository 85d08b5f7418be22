// Syntax errors: which error, at which position, CPython 3.11 reports for a chunk that failed.
//
// Consumes: a chunk python.ohm failed to match, and the tokenizer error layout.ts found (if
// any). Produces: a PySyntaxError with CPython's message and position.
// How: CPython parses a failing file a second time with its invalid_* rules enabled and
// raises the first one whose action runs. We trace python-errors.ohm (those rules, as
// overrides of python.ohm) over the chunk, take the Forced*/Invalid* applications that
// succeeded in the order they finished, and run their actions until one raises.
// Invariants, CPython's order of precedence:
//  - a forced token ("expected ':'") beats an invalid rule; either beats "invalid syntax";
//  - "unexpected indent"/"unexpected unindent" when the first pass stopped at INDENT/DEDENT;
//  - an unclosed bracket beats any parse error on a later line (layout.ts's other errors
//    are ranked in parser.ts).
// The error grammar is built from source on the first error (~150 ms), so valid programs
// never pay for it.
// Example: "f() = 1" -> "cannot assign to function call here. Maybe you meant '==' instead
// of '='?" at line 1, column 0.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ohm from "ohm-js";
import { repoRoot } from "../paths.js";
import { errorActions } from "./actions-error.js";
import { pythonGrammar } from "./grammar.js";
import { DEDENT, INDENT, type Chunk } from "./chunk.js";
import type { LayoutError } from "./layout.js";
import { withBuildContext, type BuildContext } from "./locate.js";
import type { SourceLines } from "./positions.js";
import { PySyntaxError } from "./syntax-error.js";

export function layoutErrorToSyntaxError(error: LayoutError, lines: SourceLines): PySyntaxError {
  const at = lines.position(error.offset);
  return new PySyntaxError(error.message, { lineno: error.line ?? at.line, col_offset: at.col });
}

export function failurePosition(match: ohm.MatchResult): number {
  return (match as ohm.FailedMatchResult).getRightmostFailurePosition();
}

/** The error CPython reports for a chunk whose match (with `startRule`) failed. */
export function syntaxErrorForChunk(
  chunk: Chunk,
  match: ohm.MatchResult,
  context: BuildContext,
  layoutError: LayoutError | null,
  startRule = "Chunk",
): PySyntaxError {
  const failure = tokenAt(chunk.text, failurePosition(match));
  const { grammar } = pythonErrors();
  const trace = grammar.trace(chunk.text, startRule) as TraceEntry;
  // The tokenizer stopped where this chunk ends, and the second pass read that far: the
  // tokenizer's error is what CPython hit.
  if (chunk.truncated && layoutError && readsTo(trace, chunk.text.length)) return layoutErrorToSyntaxError(layoutError, context.lines);
  const found = invalidRuleError(chunk, trace, { ...context, failure });
  const error = found?.error ?? genericError(chunk, failure, context.lines);
  // CPython compares the bracket's line with that of the last token it read.
  const reach = Math.max(failure, found?.reach ?? 0);
  if (layoutError?.kind === "unclosed" && layoutError.line! < lineAt(chunk, reach, context.lines)) {
    return layoutErrorToSyntaxError(layoutError, context.lines);
  }
  return error;
}

/** Skip spaces: ohm reports a failure before the blanks it would have skipped. */
function tokenAt(text: string, index: number): number {
  while (index < text.length && (text[index] === " " || text[index] === "\t" || text[index] === "\f")) index++;
  return index;
}

function lineAt(chunk: Chunk, index: number, lines: SourceLines): number {
  return lines.position(chunk.tokenOffset(index)).line;
}

function genericError(chunk: Chunk, failure: number, lines: SourceLines): PySyntaxError {
  const text = chunk.text;
  if (text[failure] === INDENT || text[failure] === DEDENT) {
    // Layout markers sit at their line's first token, where CPython's INDENT/DEDENT end.
    const at = lines.position(chunk.sourceStart(failure));
    const message = text[failure] === INDENT ? "unexpected indent" : "unexpected unindent";
    return new PySyntaxError(message, { lineno: at.line, col_offset: Math.max(0, at.col - 1) });
  }
  const at = lines.position(chunk.tokenOffset(tokenStart(text, failure)));
  return new PySyntaxError("invalid syntax", { lineno: at.line, col_offset: at.col });
}

const OPERATORS = ["**=", "//=", ">>=", "<<=", "...", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
  "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="];

/** The start of the token holding chunk index `index`: ohm can fail inside an operator like +=. */
function tokenStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && !/[\n\x0e\x0f\x10\x11]/.test(text[i - 1])) i--;
  for (;;) {
    i = tokenAt(text, i);
    if (i >= index) return index;
    let end = i + 1;
    if (/[\w\u0080-\uffff]/.test(text[i])) {
      while (end < text.length && /[\w\u0080-\uffff.]/.test(text[end])) end++;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) end = i + op.length;
    }
    if (end > index) return i;
    i = end;
  }
}

let errorGrammar: { grammar: ohm.Grammar; semantics: ohm.Semantics } | undefined;

function pythonErrors(): { grammar: ohm.Grammar; semantics: ohm.Semantics } {
  if (!errorGrammar) {
    const base = pythonGrammar();
    const source = readFileSync(join(repoRoot(), "compiler/parse/python-errors.ohm"), "utf8");
    const grammar = ohm.grammar(source, { Python: base.grammar });
    const semantics = grammar.extendSemantics(base.semantics).extendOperation("ast", errorActions);
    errorGrammar = { grammar, semantics };
  }
  return errorGrammar;
}

/** The parts of ohm's trace entries we read. */
interface TraceEntry {
  expr: { ruleName?: string };
  pos: number;
  pos2: number;
  succeeded: boolean;
  children: TraceEntry[];
}

interface Hit {
  rule: string;
  pos: number;
  end: number;
}

/** The Forced and Invalid rule applications that matched, in the order they finished. */
function hits(trace: TraceEntry): Hit[] {
  const forced: Hit[] = [];
  const invalid: Hit[] = [];
  const seen = new Set<string>();
  const visit = (entry: TraceEntry) => {
    const rule = entry.expr.ruleName;
    // CPython switches invalid rules off below expression_without_invalid.
    if (rule === "ExpressionWithoutInvalidForError") return;
    for (const child of entry.children) visit(child);
    if (!rule || !entry.succeeded || !/^(Forced|Invalid)/.test(rule)) return;
    const key = `${rule}@${entry.pos}`;
    if (seen.has(key)) return;
    seen.add(key);
    (rule.startsWith("Forced") ? forced : invalid).push({ rule, pos: entry.pos, end: entry.pos2 });
  };
  visit(trace);
  return [...forced, ...invalid];
}

/** The first invalid rule's error, and how far it read (the token after its match). */
function readsTo(entry: TraceEntry, index: number): boolean {
  return entry.pos >= index || entry.children.some((child) => readsTo(child, index));
}

function invalidRuleError(chunk: Chunk, trace: TraceEntry, context: BuildContext): { error: PySyntaxError; reach: number } | null {
  const { grammar, semantics } = pythonErrors();
  for (const hit of hits(trace)) {
    // Match the rule where it matched before; blanking what precedes keeps indexes.
    const input = " ".repeat(hit.pos) + chunk.text.slice(hit.pos);
    const probe = grammar.match(input, `ErrorProbe<${hit.rule}>`);
    if (probe.failed()) continue;
    try {
      withBuildContext(context, () => semantics(probe).ast());
    } catch (e) {
      if (e instanceof PySyntaxError) return { error: e, reach: tokenAt(chunk.text, hit.end) };
      throw e;
    }
  }
  return null;
}
