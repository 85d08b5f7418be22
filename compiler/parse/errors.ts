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
// The error grammar is built from source on first use (~20 ms), so valid programs never pay.
// Example: "f() = 1" -> "cannot assign to function call here. Maybe you meant '==' instead
// of '='?" at line 1, column 0.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ohm from "ohm-js";
import { repoRoot } from "../paths.js";
import { errorActions } from "./actions-error.js";
import { pythonGrammar } from "./grammar.js";
import { DEDENT, INDENT, type Chunk, type LayoutError } from "./layout.js";
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
  const error = invalidRuleError(chunk, startRule, { ...context, failure }) ?? genericError(chunk, failure, context.lines);
  if (layoutError?.kind === "unclosed" && layoutError.line! < error.span.lineno) {
    return layoutErrorToSyntaxError(layoutError, context.lines);
  }
  return error;
}

/** Skip spaces: ohm reports a failure before the blanks it would have skipped. */
function tokenAt(text: string, index: number): number {
  while (index < text.length && (text[index] === " " || text[index] === "\t" || text[index] === "\f")) index++;
  return index;
}

function genericError(chunk: Chunk, failure: number, lines: SourceLines): PySyntaxError {
  const text = chunk.text;
  const offset = failure >= text.length && chunk.next !== null ? chunk.next : chunk.sourceStart(Math.min(failure, text.length - 1));
  const at = lines.position(offset);
  const message = text[failure] === INDENT ? "unexpected indent" : text[failure] === DEDENT ? "unexpected unindent" : "invalid syntax";
  return new PySyntaxError(message, { lineno: at.line, col_offset: at.col });
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
  succeeded: boolean;
  children: TraceEntry[];
}

interface Hit {
  rule: string;
  pos: number;
}

/** The Forced and Invalid rule applications that matched, in the order they finished. */
function hits(trace: TraceEntry): Hit[] {
  const forced: Hit[] = [];
  const invalid: Hit[] = [];
  const seen = new Set<string>();
  const visit = (entry: TraceEntry) => {
    for (const child of entry.children) visit(child);
    const rule = entry.expr.ruleName;
    if (!rule || !entry.succeeded || !/^(Forced|Invalid)/.test(rule)) return;
    const key = `${rule}@${entry.pos}`;
    if (seen.has(key)) return;
    seen.add(key);
    (rule.startsWith("Forced") ? forced : invalid).push({ rule, pos: entry.pos });
  };
  visit(trace);
  return [...forced, ...invalid];
}

function invalidRuleError(chunk: Chunk, startRule: string, context: BuildContext): PySyntaxError | null {
  const { grammar, semantics } = pythonErrors();
  const trace = grammar.trace(chunk.text, startRule) as TraceEntry;
  for (const hit of hits(trace)) {
    // Match the rule where it matched before; blanking what precedes keeps indexes.
    const input = " ".repeat(hit.pos) + chunk.text.slice(hit.pos);
    const probe = grammar.match(input, `ErrorProbe<${hit.rule}>`);
    if (probe.failed()) continue;
    try {
      withBuildContext(context, () => semantics(probe).ast());
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
  }
  return null;
}
