// The layout pass: what CPython's tokenizer does that a PEG grammar cannot do cheaply.
//
// Consumes: the module's source text. Produces: the top-level chunks of text python.ohm
// matches, and the first tokenizer error if there is one.
// In chunk text:
//  - each logical line appears once, its indentation replaced by INDENT/DEDENT markers and its
//    end by NEWLINE ("\n"); blank lines and comments are gone; newlines inside brackets and
//    backslash joins become one blank; blanks are " " outside brackets and "\t" inside
//    (python-errors.ohm tells the two apart, see MappedText.markBracketBlanks);
//  - each string literal (prefix and quotes included) is one STRING marker, so the grammar
//    does no per-character work inside docstrings; strings.ts decodes the source it covers;
//  - each statement of an indented block is a DEFERRED marker line standing for a chunk of its
//    own (Chunk.deferred), so no chunk holds more than one statement's header lines.
// A chunk is one statement plus what must stay with it: decorators before it and
// else/elif/except/finally clauses after it. Small chunks keep ohm's memo table (and the
// error pass's trace) small: parsing costs the same per line at any nesting depth.
// Invariants: every chunk character maps back to a source offset (sourceStart/sourceEnd), so
// AST positions are CPython's; a chunk starts and ends at the same indentation level.
// Example:
//   "class C:\n    x = 1  # one\n    y = 2\n"
// becomes the chunk "class C:\n\x0e\x11\n\x11\n\x0f" whose two DEFERRED markers stand for
// the chunks "x = 1\n" and "y = 2\n".

import { Chunk, DEDENT, INDENT, MappedText, NEWLINE } from "./chunk.js";
import { isPrintable } from "./repr.js";

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_BRACKETS = 200;
const CLAUSE_KEYWORDS = new Set(["else", "elif", "except", "finally"]);
const STRING_PREFIXES = new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);

/**
 * A tokenizer error. CPython ranks them against parser errors by kind:
 *  - "tokenizer": raised by the tokenizer itself, and found even past a parser error because
 *    CPython tokenizes the rest of the file before reporting one;
 *  - "stop": reported only if the parser gets that far (indentation, line continuation);
 *  - "unclosed": a bracket still open at the end of the file; it wins over a parser error
 *    only when the bracket is on an earlier line.
 */
export interface LayoutError {
  message: string;
  kind: "tokenizer" | "stop" | "unclosed";
  /** Source offset of the reported position. */
  offset: number;
  /** For "unclosed": the line CPython takes as the error line. */
  line?: number;
}

export interface Layout {
  /** The source with "\r\n" and "\r" turned into "\n" and any BOM removed. */
  source: string;
  /** One chunk per top-level statement, in source order. */
  chunks: Chunk[];
  error: LayoutError | null;
}

/** Bring newlines to "\n" and drop a BOM, as CPython's tokenizer does before anything else. */
function normalizeSource(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export function layout(text: string): Layout {
  const source = normalizeSource(text);
  const scanner = new Scanner(source);
  scanner.run();
  const lines = scanner.lines;
  // CPython's end-of-file tokens sit at the end of the last line, before its newline.
  const eof = source.endsWith("\n") ? source.length - 1 : source.length;
  const chunks = new Assembler(lines, scanner.error !== null, eof).statements(0, lines.length, 0);
  return { source, chunks, error: scanner.error };
}

/** A logical line: its tokens, and where it sits in the block structure. */
interface LogicalLine {
  /** Indentation depth: 0 at top level, one more inside each block. */
  level: number;
  tokens: MappedText;
  /** Source offset of the first token. */
  start: number;
  /** Source offset of the line's end (its newline, or where the tokenizer stopped). */
  end: number;
  /** False for the line the tokenizer stopped in. */
  complete: boolean;
  /** The first word, to keep else/elif/except/finally with their statement. */
  word: string;
  decorator: boolean;
}

interface Bracket {
  char: string;
  offset: number;
}

class LayoutStop extends Error {}

/** Phase one: the source as logical lines with indentation levels (CPython's tokenizer). */
class Scanner {
  readonly lines: LogicalLine[] = [];
  error: LayoutError | null = null;
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: Bracket[] = [];

  constructor(private readonly src: string) {}

  run(): void {
    try {
      let pos = 0;
      while (pos < this.src.length) pos = this.line(pos);
    } catch (e) {
      if (!(e instanceof LayoutStop)) throw e;
    }
  }

  private fail(message: string, kind: LayoutError["kind"], offset: number, line?: number): never {
    this.error = { message, kind, offset, line };
    throw new LayoutStop();
  }

  /** One physical line at the start of a logical line; returns the offset after its logical line. */
  private line(pos: number): number {
    const src = this.src;
    let col = 0;
    let alt = 0;
    let i = pos;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === " ") {
        col++;
        alt++;
      } else if (c === "\t") {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        alt++;
      } else if (c === "\f") {
        col = alt = 0;
      } else {
        break;
      }
    }
    // Blank and comment-only lines produce no tokens at all.
    if (i >= src.length) return i;
    if (src[i] === "#" || src[i] === "\n") {
      const newline = src.indexOf("\n", i);
      return newline < 0 ? src.length : newline + 1;
    }
    const level = this.indent(col, alt, i);
    let end = i;
    while (end < src.length && isIdentChar(src.charCodeAt(end))) end++;
    const line: LogicalLine = {
      level, tokens: new MappedText(), start: i, end: i, complete: false, word: src.slice(i, end), decorator: src[i] === "@",
    };
    this.lines.push(line);
    return this.logicalLine(line);
  }

  /** The indentation level of a logical line at column `col` (CPython's INDENT/DEDENT rules). */
  private indent(col: number, alt: number, at: number): number {
    const top = () => this.indents[this.indents.length - 1];
    const altTop = () => this.altIndents[this.altIndents.length - 1];
    if (col > top()) {
      if (this.indents.length >= MAX_INDENT) this.fail("too many levels of indentation", "stop", at);
      if (alt <= altTop()) this.fail("inconsistent use of tabs and spaces in indentation", "stop", this.lineStart(at));
      this.indents.push(col);
      this.altIndents.push(alt);
    } else {
      while (col < top()) {
        this.indents.pop();
        this.altIndents.pop();
      }
      // CPython puts these at the end of the line and at its start.
      if (col !== top()) this.fail("unindent does not match any outer indentation level", "stop", this.lineEnd(at));
      if (alt !== altTop()) this.fail("inconsistent use of tabs and spaces in indentation", "stop", this.lineStart(at));
    }
    return this.indents.length - 1;
  }

  private lineStart(at: number): number {
    return this.src.lastIndexOf("\n", at - 1) + 1;
  }

  private lineEnd(at: number): number {
    const newline = this.src.indexOf("\n", at);
    return newline < 0 ? this.src.length : newline;
  }

  /** Scan the tokens of `line` from its start; returns the offset after it. */
  private logicalLine(line: LogicalLine): number {
    const src = this.src;
    const tokens = line.tokens;
    let copyFrom = line.start;
    let i = line.start;
    const flush = (to: number) => tokens.copy(src, copyFrom, to);
    try {
      while (i < src.length) {
        const c = src.charCodeAt(i);
        if (c === 10 /* \n */) {
          flush(i);
          if (this.brackets.length === 0) {
            line.end = i;
            line.complete = true;
            tokens.markBracketBlanks();
            return i + 1;
          }
          // Implicit line joining: the newline and the next line's indentation are one space.
          tokens.synthetic(" ", i);
          i = skipBlanks(src, i + 1);
          copyFrom = i;
        } else if (c === 35 /* # */) {
          flush(i);
          const newline = src.indexOf("\n", i);
          i = copyFrom = newline < 0 ? src.length : newline;
        } else if (c === 92 /* \ */) {
          if (i + 1 >= src.length) this.fail("unexpected EOF while parsing", "stop", i);
          if (src[i + 1] !== "\n") this.fail("unexpected character after line continuation character", "stop", i + 1);
          if (i + 2 >= src.length) this.fail("unexpected EOF while parsing", "stop", i + 1);
          flush(i);
          tokens.synthetic(" ", i);
          i = copyFrom = i + 2;
        } else if (c === 34 || c === 39 /* " ' */) {
          flush(i);
          i = copyFrom = this.stringLiteral(tokens, i, i);
        } else if (c === 40 || c === 91 || c === 123 /* ( [ { */) {
          if (this.brackets.length >= MAX_BRACKETS) this.fail("too many nested parentheses", "tokenizer", i);
          this.brackets.push({ char: src[i], offset: i });
          i++;
        } else if (c === 41 || c === 93 || c === 125 /* ) ] } */) {
          this.closeBracket(i);
          i++;
        } else if ((c >= 48 && c <= 57) || (c === 46 /* . */ && isDigit(src[i + 1]))) {
          i = this.number(i);
        } else if (isIdentChar(c)) {
          let end = i + 1;
          while (end < src.length && isIdentChar(src.charCodeAt(end))) end++;
          const q = src[end];
          if ((q === '"' || q === "'") && STRING_PREFIXES.has(src.slice(i, end).toLowerCase())) {
            flush(i);
            i = copyFrom = this.stringLiteral(tokens, i, end);
          } else {
            this.checkIdentifier(i, end);
            i = end;
          }
        } else if (c < 0x20 && c !== 9 && c !== 12) {
          this.fail(`invalid non-printable character U+${hex4(c)}`, "tokenizer", i);
        } else {
          i++;
        }
      }
      // End of file: CPython supplies the missing NEWLINE.
      if (this.brackets.length > 0) {
        const open = this.brackets[this.brackets.length - 1];
        this.fail(`'${open.char}' was never closed`, "unclosed", open.offset, lineOf(src, open.offset));
      }
      flush(i);
      line.end = i;
      line.complete = true;
      tokens.markBracketBlanks();
      return i;
    } catch (e) {
      // Keep what was scanned, so the parser can look for an earlier error.
      if (e instanceof LayoutStop) {
        flush(Math.max(copyFrom, Math.min(i, src.length)));
        line.end = Math.min(i, src.length);
        tokens.markBracketBlanks();
      }
      throw e;
    }
  }

  private closeBracket(i: number): void {
    const char = this.src[i];
    const open = this.brackets.pop();
    if (!open) this.fail(`unmatched '${char}'`, "tokenizer", i);
    if (OPENER[char] !== open.char) {
      const openLine = lineOf(this.src, open.offset);
      const where = openLine === lineOf(this.src, i) ? "" : ` on line ${openLine}`;
      this.fail(`closing parenthesis '${char}' does not match opening parenthesis '${open.char}'${where}`, "tokenizer", i);
    }
  }

  /** A string literal whose prefix starts at `start` and quote is at `quote`; returns its end. */
  private stringLiteral(tokens: MappedText, start: number, quote: number): number {
    const src = this.src;
    const q = src[quote];
    const triple = src[quote + 1] === q && src[quote + 2] === q;
    let i = quote + (triple ? 3 : 1);
    for (;;) {
      if (i >= src.length) {
        // CPython counts the lines read; a final newline does not start another.
        const detected = lineOf(src, Math.max(0, src.length - 1));
        const what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        this.fail(`${what} (detected at line ${detected})`, "tokenizer", start);
      }
      const c = src[i];
      if (c === "\\") {
        i += 2;
      } else if (c === "\n" && !triple) {
        this.fail(`unterminated string literal (detected at line ${lineOf(src, i)})`, "tokenizer", start);
      } else if (c === q && (!triple || (src[i + 1] === q && src[i + 2] === q))) {
        const end = i + (triple ? 3 : 1);
        tokens.string(start, end);
        return end;
      } else {
        i++;
      }
    }
  }

  /**
   * A number literal starting at `start`; returns its end. Only finds CPython's tokenizer
   * errors (malformed literals, a letter straight after one); python.ohm parses the literal.
   */
  private number(start: number): number {
    const src = this.src;
    let i = start;
    const at = () => src[i] ?? "";
    // CPython reports these where its tokenizer stands, just past the character before `i`.
    const invalid = (kind: string): never => this.fail(`invalid ${kind} literal`, "tokenizer", i - 1);
    const badDigit = (kind: string): never => this.fail(`invalid digit '${at()}' in ${kind} literal`, "tokenizer", i);
    const digits = () => {
      for (;;) {
        while (isDigit(at())) i++;
        if (at() !== "_") return;
        i++;
        if (!isDigit(at())) invalid("decimal");
      }
    };
    // CPython's verify_end_of_number: keywords that may follow a number in valid code are fine.
    const end = (kind: string): number => {
      if (!/^(and|else|for|i[fns]|or|not)/.test(src.slice(i, i + 4)) && i < src.length && isIdentChar(src.charCodeAt(i))) invalid(kind);
      return i;
    };
    const radix = (kind: string, valid: (c: string) => boolean): number => {
      do {
        if (at() === "_") i++;
        if (!valid(at())) {
          if (kind !== "hexadecimal" && isDigit(at())) badDigit(kind);
          invalid(kind);
        }
        while (valid(at())) i++;
      } while (at() === "_");
      if (kind !== "hexadecimal" && isDigit(at())) badDigit(kind);
      return end(kind);
    };
    const fraction = (): number => {
      if (isDigit(at())) digits();
      return exponent();
    };
    const exponent = (): number => {
      if (at() === "e" || at() === "E") {
        const e = i++;
        if (at() === "+" || at() === "-") {
          i++;
          if (!isDigit(at())) invalid("decimal");
        } else if (!isDigit(at())) {
          // "1else": the number ends before the e.
          i = e;
          return end("decimal");
        }
        digits();
      }
      if (at() === "j" || at() === "J") {
        i++;
        return end("imaginary");
      }
      return end("decimal");
    };
    if (at() === ".") {
      i++;
      return fraction();
    }
    if (at() !== "0") {
      digits();
      if (at() === ".") {
        i++;
        return fraction();
      }
      return exponent();
    }
    i++;
    const prefix = at().toLowerCase();
    if (prefix === "x") return i++, radix("hexadecimal", (c) => /^[0-9a-fA-F]$/.test(c));
    if (prefix === "o") return i++, radix("octal", (c) => c >= "0" && c <= "7");
    if (prefix === "b") return i++, radix("binary", (c) => c === "0" || c === "1");
    for (;;) {
      if (at() === "_") {
        i++;
        if (!isDigit(at())) invalid("decimal");
      }
      if (at() !== "0") break;
      i++;
    }
    const nonzero = isDigit(at());
    if (nonzero) digits();
    if (at() === ".") {
      i++;
      return fraction();
    }
    if (/^[eEjJ]$/.test(at())) return exponent();
    if (nonzero) {
      this.fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "tokenizer", start);
    }
    return end("decimal");
  }

  /** CPython checks identifiers with non-ASCII characters against XID_Start/XID_Continue. */
  private checkIdentifier(start: number, end: number): void {
    const text = this.src.slice(start, end);
    if (/^[\x00-\x7f]*$/.test(text)) return;
    let first = true;
    for (const ch of text) {
      const ok = first ? ch === "_" || /\p{XID_Start}/u.test(ch) : /\p{XID_Continue}/u.test(ch);
      if (!ok) {
        const code = ch.codePointAt(0)!;
        const at = start + text.indexOf(ch);
        const message = isPrintable(code)
          ? `invalid character '${ch}' (U+${hex4(code)})`
          : `invalid non-printable character U+${hex4(code)}`;
        this.fail(message, "tokenizer", at);
      }
      first = false;
    }
  }
}

/** Phase two: logical lines to chunks, one per statement, blocks deferred to their own chunks. */
class Assembler {
  constructor(
    private readonly lines: LogicalLine[],
    /** The last line was cut short by a tokenizer error. */
    private readonly stopped: boolean,
    private readonly eof: number,
  ) {}

  /** The statements among lines [from, to) at `level`, one chunk each. */
  statements(from: number, to: number, level: number): Chunk[] {
    const chunks: Chunk[] = [];
    let start = from;
    for (let i = from + 1; i <= to; i++) {
      if (i < to && !this.startsStatement(i, level)) continue;
      chunks.push(this.chunk(start, i, level));
      start = i;
    }
    return chunks;
  }

  /** Does line `i` start a new statement at `level`, rather than continue the one before? */
  private startsStatement(i: number, level: number): boolean {
    const line = this.lines[i];
    return line.level <= level && !CLAUSE_KEYWORDS.has(line.word) && !this.lines[i - 1].decorator;
  }

  /** One statement's lines [from, to): its own lines inline, each of its blocks deferred. */
  private chunk(from: number, to: number, level: number): Chunk {
    const chunk = new Chunk();
    let i = from;
    // A first line deeper than `level` is an unexpected indent; keep it for the parser to see.
    for (let l = level; l < this.lines[from].level; l++) chunk.synthetic(INDENT, this.lines[from].start);
    let depth = Math.max(level, this.lines[from].level);
    while (i < to) {
      const line = this.lines[i];
      if (line.level > depth && this.lines[i - 1].word === "match") {
        // A match statement's block holds case clauses, not statements: keep them inline.
        chunk.synthetic(INDENT, line.start);
        depth++;
        continue;
      }
      if (line.level > depth) {
        // An indented block: each of its statements becomes a chunk of its own.
        let end = i;
        while (end < to && this.lines[end].level > depth) end++;
        chunk.synthetic(INDENT, line.start);
        for (const statement of this.statements(i, end, depth + 1)) {
          chunk.defer(statement);
          chunk.synthetic(NEWLINE, line.start);
        }
        chunk.synthetic(DEDENT, end < this.lines.length ? this.lines[end].start : this.lines[end - 1].end);
        i = end;
        continue;
      }
      for (; depth > line.level; depth--) chunk.synthetic(DEDENT, line.start);
      chunk.append(line.tokens);
      if (line.complete) chunk.synthetic(NEWLINE, line.end);
      if (this.stopped && i === this.lines.length - 1) chunk.truncated = true;
      i++;
    }
    if (!chunk.truncated) for (; depth > level; depth--) chunk.synthetic(DEDENT, this.lines[to - 1].end);
    chunk.next = to < this.lines.length ? this.lines[to].start : this.eof;
    return chunk.finish();
  }
}

const OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Letters, digits, underscore, or any non-ASCII character (CPython's potential identifier). */
function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function skipBlanks(src: string, i: number): number {
  while (i < src.length && (src[i] === " " || src[i] === "\t" || src[i] === "\f")) i++;
  return i;
}

function lineOf(src: string, offset: number): number {
  let line = 1;
  for (let i = src.indexOf("\n"); i >= 0 && i < offset; i = src.indexOf("\n", i + 1)) line++;
  return line;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}
