// The parser: Python source to the 3.11 AST, with CPython's positions and syntax errors.
//
// Consumes: a SourceFile. Produces: a Module (ast.ts), or throws CompileError.
// Pipeline: layout.ts cuts the source into chunks (one statement each; the statements of an
// indented block are chunks of their own, parsed when their DEFERRED marker is built); each
// chunk is matched against python.ohm (by fast-match.ts; by ohm's own matcher when that
// fails, see grammar.ts) and built by the actions-*.ts semantics; a chunk that fails goes to
// errors.ts, which finds the error CPython would report.
// Invariant: the Module is what `ast.parse(source)` gives under CPython 3.11, field for field
// and position for position (dump.ts prints it the way `ast.dump` does).
// Example: parseModule(new SourceFile("m.py", "x = 1\n")) ->
//   Module(body=[Assign(targets=[Name('x', Store)], value=Constant(1))], type_ignores=[]).
import type * as ohm from "ohm-js";
import { CompileError } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import type { Expr, Module, Stmt } from "./ast.js";
import { syntaxErrorForChunk, layoutErrorToSyntaxError, failurePosition } from "./errors.js";
import { pythonGrammar } from "./grammar.js";
import type { Chunk } from "./chunk.js";
import { layout, type LayoutError } from "./layout.js";
import { withBuildContext, type BuildContext } from "./locate.js";
import { SourceLines } from "./positions.js";
import { PySyntaxError } from "./syntax-error.js";

export function parseModule(source: SourceFile): Module {
  try {
    return parseText(source.text);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    throw new CompileError([{ path: source.path, span: e.span, message: e.message }]);
  }
}

/** Parse module text; syntax errors are thrown as PySyntaxError. */
export function parseText(text: string): Module {
  const nul = text.indexOf("\0");
  if (nul >= 0) throw new PySyntaxError("source code string cannot contain null bytes", { lineno: lineOfOffset(text, nul), col_offset: 0 });
  const scanned = layout(text);
  const lines = new SourceLines(scanned.source);
  const error = scanned.error;
  const parser = new ChunkParser(lines, error);
  const body = scanned.chunks.flatMap((chunk) => parser.parse(chunk));
  if (error) throw layoutErrorToSyntaxError(error, lines);
  return { _type: "Module", body, type_ignores: [] };
}

/** Matches and builds chunks, and the deferred chunks they stand for, in source order. */
class ChunkParser {
  constructor(
    private readonly lines: SourceLines,
    private readonly layoutError: LayoutError | null,
  ) {}

  parse(chunk: Chunk): Stmt[] {
    try {
      return this.parseChunk(chunk);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // ohm recurses once per grammar rule, so brackets nested ~90 deep exhaust Node's default
      // stack (CPython allows 200; `node --stack-size=4000` gets there). Say so, at the statement.
      if (this.layoutError?.kind === "tokenizer") throw layoutErrorToSyntaxError(this.layoutError, this.lines);
      const at = this.lines.position(chunk.tokenOffset(0));
      throw new PySyntaxError("statement nested too deeply for the parser (the JavaScript stack ran out)", { lineno: at.line, col_offset: at.col });
    }
  }

  private parseChunk(chunk: Chunk): Stmt[] {
    const { match: matchText, semantics } = pythonGrammar();
    const match = matchText(chunk.text, "Chunk");
    const context: BuildContext = { chunk, lines: this.lines, parseFStringExpression, parseDeferred: (c) => this.parse(c) };
    if (match.succeeded()) return buildChunk<Stmt[]>(semantics, match, context);
    const failure = failurePosition(match);
    // Deferred statements before the failure come first in the source, and so do their errors.
    for (const [index, deferred] of chunk.deferred) if (index < failure) this.parse(deferred);
    // The tokenizer stopped in this chunk; failing only where its text ends is not a parse error.
    if (chunk.truncated && failure >= chunk.text.length) throw layoutErrorToSyntaxError(this.layoutError!, this.lines);
    const error = syntaxErrorForChunk(chunk, match, context, this.layoutError);
    // Before reporting a parse error CPython tokenizes the rest of the file, and a tokenizer
    // error found there wins; it skips that step for "unexpected indent" and "unindent".
    if (this.layoutError?.kind === "tokenizer" && !error.message.startsWith("unexpected ")) {
      throw layoutErrorToSyntaxError(this.layoutError, this.lines);
    }
    throw error;
  }
}

function buildChunk<T>(semantics: ohm.Semantics, match: ohm.MatchResult, context: BuildContext): T {
  return withBuildContext(context, () => semantics(match).ast() as T);
}

/** Parse an f-string replacement field, given as "(" + field + ")". */
function parseFStringExpression(wrapped: string): Expr {
  const { match: matchText, semantics } = pythonGrammar();
  const scanned = layout(wrapped);
  const lines = new SourceLines(scanned.source);
  if (scanned.error) throw fstringError(layoutErrorToSyntaxError(scanned.error, lines));
  const chunk = scanned.chunks[0];
  const match = matchText(chunk.text, "FStringField");
  const context: BuildContext = { chunk, lines, parseFStringExpression, parseDeferred: () => [] };
  if (match.failed()) throw fstringError(syntaxErrorForChunk(chunk, match, context, null, "FStringField"));
  return buildChunk<Expr>(semantics, match, context);
}

/** CPython prefixes errors inside replacement fields with "f-string: ". */
function fstringError(error: PySyntaxError): PySyntaxError {
  return error.message.startsWith("f-string") ? error : new PySyntaxError(`f-string: ${error.message}`, error.span);
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
