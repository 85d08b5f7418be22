// String literals: a run of adjacent STRING tokens to one Constant or JoinedStr, as CPython
// 3.11's Parser/string_parser.c builds them (f-strings are still parsed here, not by the
// grammar, in 3.11).
//
// Consumes: the source text and position of each token in the run. Produces: an expression.
// Invariants (all CPython's, quirks included):
//  - a plain run is one Constant spanning the run; `kind` is "u" when the first token starts
//    with a lowercase "u"; str and bytes may not mix;
//  - an f-string run is a JoinedStr spanning the run; adjacent literal text merges into one
//    Constant, and empty literal text vanishes;
//  - Constants and FormattedValues inside span the whole run, except that a format spec's
//    JoinedStr and its trailing literal span only their own token;
//  - a replacement field is parsed as "(" + its text + ")" and its nodes are moved to the
//    field's place: columns shift only on the field's first line.
//  - \N{NAME} escapes use unicode-names.ts, built from CPython's own unicodedata;
//  - a surrogate pair written as escapes ('\ud800\udc80', also across adjacent literals)
//    stays two code points: the Constant's value gets `codePoints` (see StrValue).
// Example: f"a{x!r:>4}" is JoinedStr([Constant('a'), FormattedValue(Name x, 114,
// JoinedStr([Constant('>4')]))]).
import type { Constant, Expr, JoinedStr, Located, StrValue } from "./ast.js";
import { utf8Length } from "./positions.js";
import { PySyntaxError } from "./syntax-error.js";
import { strCodePoints } from "./repr.js";
import { lookupUnicodeName } from "./unicode-names.js";

export interface StringToken extends Located {
  /** Source text of the literal, prefix and quotes included. */
  text: string;
}

/** The parser used for replacement fields: parses "(" + field + ")" as an expression. */
export type FieldParser = (wrapped: string) => Expr;

export function concatenateStrings(tokens: StringToken[], parseField: FieldParser): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const run = { lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
  const error = (message: string) => new PySyntaxError(message, afterRun(run));
  let bytesMode: boolean | null = null;
  const bytes: number[] = [];
  const parts = new FStringParts();
  for (const token of tokens) {
    const literal = splitLiteral(token.text);
    if (bytesMode !== null && bytesMode !== literal.bytes) throw error("cannot mix bytes and nonbytes literals");
    bytesMode = literal.bytes;
    if (literal.fstring) {
      const scan = new FStringScanner(token, literal, run, first.text, parseField);
      scan.concat(parts, 0);
    } else if (literal.bytes) {
      if (/[^\x00-\x7f]/.test(literal.body)) throw error("bytes can only contain ASCII literal characters");
      for (const b of literal.raw ? asciiBytes(literal.body) : decodeBytesEscapes(literal.body, error)) bytes.push(b);
    } else {
      parts.add(literal.raw ? { kind: "str", value: literal.body } : decodeEscapes(literal.body, error));
    }
  }
  if (bytesMode) return { _type: "Constant", value: { kind: "bytes", value: Uint8Array.from(bytes) }, kind: null, ...run };
  return parts.finish(run, first.text);
}

interface Literal {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** The text between the quotes. */
  body: string;
  /** Index of the body in the token text. */
  bodyStart: number;
}

function splitLiteral(text: string): Literal {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstring = false;
  for (; text[i] !== '"' && text[i] !== "'"; i++) {
    const c = text[i].toLowerCase();
    if (c === "b") bytes = true;
    else if (c === "r") raw = true;
    else if (c === "f") fstring = true;
  }
  const quotes = text[i + 1] === text[i] && text[i + 2] === text[i] && text.length - i >= 6 ? 3 : 1;
  const bodyStart = i + quotes;
  return { bytes, raw, fstring, body: text.slice(bodyStart, text.length - quotes), bodyStart };
}

function asciiBytes(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

type ErrorAt = (message: string) => PySyntaxError;

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

function isHex(text: string): boolean {
  return /^[0-9a-fA-F]+$/.test(text);
}

function unicodeError(message: string, from: number, to: number): string {
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${message}`;
}

/** A str being built from pieces of text, each holding whole code points. A piece that starts
 *  with a low surrogate right after one ending with a high surrogate would merge with it into
 *  one astral character in a JS string, where Python keeps two code points: from then on the
 *  code points are kept as well. */
class StrBuilder {
  private value = "";
  private codePoints: number[] | undefined;

  append(piece: string): void {
    if (piece === "") return;
    const last = this.value.charCodeAt(this.value.length - 1);
    const first = piece.charCodeAt(0);
    if (!this.codePoints && last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff) {
      this.codePoints = strCodePoints({ value: this.value });
    }
    if (this.codePoints) for (const ch of piece) this.codePoints.push(ch.codePointAt(0)!);
    this.value += piece;
  }

  appendStr(str: StrValue): void {
    if (!str.codePoints) return this.append(str.value);
    this.codePoints ??= strCodePoints({ value: this.value });
    for (const code of str.codePoints) this.codePoints.push(code);
    this.value += str.value;
  }

  finish(): StrValue {
    return this.codePoints ? { kind: "str", value: this.value, codePoints: this.codePoints } : { kind: "str", value: this.value };
  }
}

/** Python's unicode_escape decoding of a str literal's body. Unknown escapes stay as written. */
export function decodeEscapes(body: string, error: ErrorAt): StrValue {
  let i = body.indexOf("\\");
  if (i < 0) return { kind: "str", value: body };
  const out = new StrBuilder();
  out.append(body.slice(0, i));
  while (i < body.length) {
    const next = body.indexOf("\\", i);
    if (next !== i) {
      const end = next < 0 ? body.length : next;
      out.append(body.slice(i, end));
      i = end;
      continue;
    }
    const start = i;
    const c = body[i + 1];
    i += 2;
    if (c === undefined) throw error(unicodeError("\\ at end of string", start, start));
    if (c in SIMPLE_ESCAPES) {
      out.append(SIMPLE_ESCAPES[c]);
    } else if (c >= "0" && c <= "7") {
      let code = c.charCodeAt(0) - 48;
      for (let n = 0; n < 2 && body[i] >= "0" && body[i] <= "7"; n++) code = code * 8 + body.charCodeAt(i++) - 48;
      out.append(String.fromCharCode(code));
    } else if (c === "x" || c === "u" || c === "U") {
      const width = c === "x" ? 2 : c === "u" ? 4 : 8;
      const digits = body.slice(i, i + width);
      if (digits.length < width || !isHex(digits)) {
        const what = c === "x" ? "truncated \\xXX escape" : c === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let end = i;
        while (end < body.length && end < i + width && isHex(body[end])) end++;
        throw error(unicodeError(what, start, end - 1));
      }
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) throw error(unicodeError("illegal Unicode character", start, i + width - 1));
      out.append(String.fromCodePoint(code));
      i += width;
    } else if (c === "N") {
      const close = body[i] === "{" ? body.indexOf("}", i) : -1;
      if (close < 0) {
        throw error(unicodeError("malformed \\N character escape", start, body[i] === "{" ? body.length - 1 : start + 1));
      }
      const code = lookupUnicodeName(body.slice(i + 1, close));
      if (code === undefined) throw error(unicodeError("unknown Unicode character name", start, close));
      out.append(String.fromCodePoint(code));
      i = close + 1;
    } else {
      out.append("\\" + c);
    }
  }
  return out.finish();
}

/** Python's bytes escape decoding; the body is ASCII. */
function decodeBytesEscapes(body: string, error: ErrorAt): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== "\\") {
      out.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    i += 2;
    if (e === undefined) throw error("(value error) Trailing \\ in string");
    if (e in SIMPLE_ESCAPES) {
      for (const ch of SIMPLE_ESCAPES[e]) out.push(ch.charCodeAt(0));
    } else if (e >= "0" && e <= "7") {
      let code = e.charCodeAt(0) - 48;
      for (let n = 0; n < 2 && body[i] >= "0" && body[i] <= "7"; n++) code = code * 8 + body.charCodeAt(i++) - 48;
      out.push(code & 0xff);
    } else if (e === "x") {
      const digits = body.slice(i, i + 2);
      if (digits.length < 2 || !isHex(digits)) throw error(`(value error) invalid \\x escape at position ${start}`);
      out.push(parseInt(digits, 16));
      i += 2;
    } else {
      out.push(92, e.charCodeAt(0));
    }
  }
  return out;
}

/** CPython's FstringParser: literal text waiting to become a Constant, and finished parts. */
class FStringParts {
  private pending: StrBuilder | null = null;
  private readonly values: Expr[] = [];
  fstring = false;

  add(text: StrValue): void {
    if (text.value.length === 0) return;
    this.pending ??= new StrBuilder();
    this.pending.appendStr(text);
  }

  /** Turn pending literal text into a Constant placed at `at`, its kind read from `firstText`. */
  flush(at: Located, firstText: string): void {
    if (this.pending === null) return;
    this.values.push(constant(this.pending.finish(), at, firstText));
    this.pending = null;
  }

  push(value: Expr): void {
    this.values.push(value);
  }

  finish(at: Located, firstText: string): Constant | JoinedStr {
    if (!this.fstring) return constant(this.pending?.finish() ?? { kind: "str", value: "" }, at, firstText);
    this.flush(at, firstText);
    return { _type: "JoinedStr", values: this.values, ...at };
  }
}

function constant(value: StrValue, at: Located, firstText: string): Constant {
  return { _type: "Constant", value, kind: firstText[0] === "u" ? "u" : null, ...at };
}

/** Errors in string literals are reported at the token after them: the last one CPython read. */
function afterRun(run: Located): { lineno: number; col_offset: number } {
  return { lineno: run.end_lineno, col_offset: run.end_col_offset };
}

function locationOf(node: Located): Located {
  return { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

const MAX_FIELD_NESTING = 2;

/** Scans one f-string token, as fstring_find_literal and fstring_find_expr do. */
class FStringScanner {
  private readonly text: string;
  private pos: number;
  private readonly end: number;
  private readonly raw: boolean;

  constructor(
    private readonly token: StringToken,
    literal: Literal,
    /** The span of the whole run of string tokens. */
    private readonly run: Located,
    /** Text of the run's first token (its "u" prefix decides Constant.kind). */
    private readonly firstText: string,
    private readonly parseField: FieldParser,
  ) {
    this.text = token.text;
    this.pos = literal.bodyStart;
    this.end = literal.bodyStart + literal.body.length;
    this.raw = literal.raw;
  }

  private error(message: string): PySyntaxError {
    return new PySyntaxError(message, afterRun(this.run));
  }

  /** Add this token's literal text and fields to `parts` (CPython's ConcatFstring). */
  concat(parts: FStringParts, depth: number): void {
    parts.fstring = true;
    for (;;) {
      const doubled = this.literal(parts, depth);
      if (doubled) continue;
      if (this.pos >= this.end || this.text[this.pos] === "}") break;
      const field = this.field(parts, depth);
      parts.flush(this.run, this.firstText);
      parts.push(field);
    }
    if (depth > 0 && this.text[this.pos] !== "}") throw this.error("f-string: expecting '}'");
  }

  /** Literal text up to a field or the end; true if it stopped at a doubled brace. */
  private literal(parts: FStringParts, depth: number): boolean {
    const text = this.text;
    const start = this.pos;
    let s = start;
    let doubled = false;
    let stop = this.end;
    while (s < this.end) {
      let ch = text[s++];
      if (!this.raw && ch === "\\" && s < this.end) {
        ch = text[s++];
        if (ch === "N") {
          if (s < this.end && text[s++] === "{") {
            while (s < this.end && text[s++] !== "}");
            continue;
          }
          break;
        }
      }
      if (ch === "{" || ch === "}") {
        if (depth === 0) {
          if (s < this.end && text[s] === ch) {
            doubled = true;
            stop = s;
            this.pos = s + 1;
            break;
          }
          if (ch === "}") throw this.error("f-string: single '}' is not allowed");
        }
        s--;
        break;
      }
    }
    if (!doubled) stop = this.pos = s;
    if (stop > start) {
      const chunk = text.slice(start, stop);
      parts.add(this.raw ? { kind: "str", value: chunk } : decodeEscapes(chunk, (m) => this.error(m)));
    }
    return doubled;
  }

  /** A replacement field starting at "{" (CPython's fstring_find_expr). */
  private field(parts: FStringParts, depth: number): Expr {
    const text = this.text;
    if (depth >= MAX_FIELD_NESTING) throw this.error("f-string: expressions nested too deeply");
    const brace = this.pos;
    let s = brace + 1;
    const exprStart = s;
    let quote = "";
    let tripleQuote = false;
    const brackets: string[] = [];
    while (s < this.end) {
      const ch = text[s];
      if (ch === "\\") throw this.error("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote && (!tripleQuote || (text[s + 1] === ch && text[s + 2] === ch))) {
          s += tripleQuote ? 3 : 1;
          quote = "";
          continue;
        }
        s++;
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuote = s + 2 < this.end && text[s + 1] === ch && text[s + 2] === ch;
        if (tripleQuote) s += 2;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        brackets.push(ch);
      } else if (ch === "#") {
        throw this.error("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && "!:}=<>".includes(ch)) {
        const next = text[s + 1];
        // !=, ==, <= and >= are operators, and so are < and > alone.
        if (next === "=" && ch !== ":" && ch !== "}") {
          s += 2;
          continue;
        }
        if (ch === "<" || ch === ">") {
          s++;
          continue;
        }
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = brackets.pop();
        if (!open) throw this.error(`f-string: unmatched '${ch}'`);
        if (OPENERS[ch] !== open) {
          throw this.error(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
      s++;
    }
    if (quote) throw this.error("f-string: unterminated string");
    if (brackets.length > 0) throw this.error(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    if (s >= this.end) throw this.error("f-string: expecting '}'");
    const exprEnd = s;
    const value = this.fieldExpression(brace, exprStart, exprEnd);

    let debugText = "";
    if (text[s] === "=") {
      s++;
      while (s < this.end && /[ \t\n\r\f\v]/.test(text[s])) s++;
      if (s >= this.end) throw this.error("f-string: expecting '}'");
      debugText = text.slice(exprStart, s);
    }
    let conversion = -1;
    if (text[s] === "!") {
      s++;
      if (s >= this.end) throw this.error("f-string: expecting '}'");
      const c = text[s++];
      if (c !== "s" && c !== "r" && c !== "a") {
        throw this.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c.charCodeAt(0);
    }
    if (s >= this.end) throw this.error("f-string: expecting '}'");
    let formatSpec: Expr | null = null;
    this.pos = s;
    if (text[s] === ":") {
      this.pos = s + 1;
      if (this.pos >= this.end) throw this.error("f-string: expecting '}'");
      formatSpec = this.formatSpec(depth + 1);
    }
    if (this.pos >= this.end || text[this.pos] !== "}") throw this.error("f-string: expecting '}'");
    this.pos++;
    if (debugText) {
      parts.add({ kind: "str", value: debugText });
      if (!formatSpec && conversion === -1) conversion = "r".charCodeAt(0);
    }
    return { _type: "FormattedValue", value, conversion, format_spec: formatSpec, ...this.run };
  }

  /** A format spec: an f-string of its own, placed at this token. */
  private formatSpec(depth: number): Expr {
    const spec = new FStringParts();
    this.concat(spec, depth);
    return spec.finish(locationOf(this.token), this.text);
  }

  /** Parse the field text [start, end) and move its nodes to where the field is. */
  private fieldExpression(brace: number, start: number, end: number): Expr {
    const text = this.text;
    const fieldText = text.slice(start, end);
    if (/^[ \t\n\f]*$/.test(fieldText)) throw this.error("f-string: empty expression not allowed");
    // CPython's fstring_find_expr_location.
    const newlineAfterBrace = /^[ \t\f]*(\n|})/.test(text.slice(brace + 1, end + 1));
    const lineStart = text.lastIndexOf("\n", brace) + 1;
    const lines = countNewlines(text, 0, brace);
    const cols = newlineAfterBrace ? 0 : utf8Length(text, lineStart, brace);
    const line = this.token.lineno + lines;
    const col = lines === 0 ? this.token.col_offset + cols : cols;
    let expr: Expr;
    try {
      expr = this.parseField("(" + fieldText + ")");
    } catch (e) {
      // CPython moves an error inside a field to the field's line, but not its column.
      if (e instanceof PySyntaxError) throw new PySyntaxError(e.message, { lineno: e.span.lineno + line - 1, col_offset: e.span.col_offset });
      throw e;
    }
    shiftPositions(expr, line, col);
    return expr;
  }
}

const OPENERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Move a field's nodes from positions in "(" + field + ")" to positions in the source. */
function shiftPositions(node: unknown, line: number, col: number): void {
  if (Array.isArray(node)) {
    for (const item of node) shiftPositions(item, line, col);
    return;
  }
  // Only AST nodes carry "_type"; constant values and shared operators have no positions.
  if (typeof node !== "object" || node === null || !("_type" in node)) return;
  const n = node as Partial<Located> & Record<string, unknown>;
  if (n.lineno !== undefined && n.col_offset !== undefined) {
    if (n.lineno === 1) n.col_offset += col;
    n.lineno += line - 1;
  }
  if (n.end_lineno !== undefined && n.end_col_offset !== undefined) {
    if (n.end_lineno === 1) n.end_col_offset += col;
    n.end_lineno += line - 1;
  }
  for (const value of Object.values(n)) if (typeof value === "object") shiftPositions(value, line, col);
}
