// Chunk text: what layout.ts hands to the grammar, with a map back to the source.
//
// Consumes: pieces of source text, markers and joining blanks, appended in order.
// Produces: the text ohm matches, and for any index in it the source offset of the token
// there, so that every AST position can be CPython's.
// Invariants: the text is a sequence of runs: copies of source text (mapped character by
// character), markers standing for source text (a string literal, a deferred statement:
// start and end map to its ends) and synthetic layout characters (mapped to one offset).
// Example: for the source "x = 'a'\n" the chunk text is "x = \x10\n"; index 4 (the STRING
// marker) starts at source offset 4 and ends at 7.

export const NEWLINE = "\n";
export const INDENT = "\x0e";
export const DEDENT = "\x0f";
export const STRING = "\x10";
export const DEFERRED = "\x11";

/** Where a run of chunk text comes from. */
const enum Run {
  /** Copied character for character from the source. */
  Copy,
  /** One marker standing for source text: a string literal, or a deferred statement. */
  Marker,
  /** Layout characters (NEWLINE, INDENT, DEDENT) and joining blanks: no source text of their own. */
  Synthetic,
}

/** Text with a map back to the source: a logical line while scanning, then a chunk. */
export class MappedText {
  protected readonly parts: string[] = [];
  protected length = 0;
  // Parallel arrays, one entry per run, sorted by start.
  protected readonly runStart: number[] = [];
  protected readonly runKind: Run[] = [];
  protected readonly runSource: number[] = [];
  protected readonly runSourceEnd: number[] = [];

  copy(source: string, from: number, to: number): void {
    if (to > from) this.push(source.slice(from, to), Run.Copy, from, to);
  }

  string(from: number, to: number): void {
    this.push(STRING, Run.Marker, from, to);
  }

  synthetic(text: string, at: number): void {
    this.push(text, Run.Synthetic, at, at);
  }

  /** Append another text's runs. */
  append(other: MappedText): void {
    const offset = this.length;
    this.parts.push(...other.parts);
    for (let i = 0; i < other.runStart.length; i++) {
      this.runStart.push(other.runStart[i] + offset);
      this.runKind.push(other.runKind[i]);
      this.runSource.push(other.runSource[i]);
      this.runSourceEnd.push(other.runSourceEnd[i]);
    }
    this.length += other.length;
  }

  get size(): number {
    return this.length;
  }

  /**
   * Make blanks between tokens " " outside brackets and "\t" inside them (the lengths, and so
   * the source map, stay the same): CPython's "Perhaps you forgot a comma?" applies only
   * inside brackets, and python-errors.ohm can tell by the blank.
   */
  markBracketBlanks(): void {
    let depth = 0;
    let out = "";
    for (const c of this.parts.join("")) {
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      out += c === " " || c === "\t" || c === "\f" ? (depth > 0 ? "\t" : " ") : c;
    }
    this.parts.length = 0;
    this.parts.push(out);
  }

  protected push(text: string, kind: Run, source: number, sourceEnd: number): void {
    this.parts.push(text);
    this.runStart.push(this.length);
    this.runKind.push(kind);
    this.runSource.push(source);
    this.runSourceEnd.push(sourceEnd);
    this.length += text.length;
  }
}

export class Chunk extends MappedText {
  /** The text the grammar matches (set by finish()). */
  text = "";
  /** The chunks each DEFERRED marker stands for, by the marker's index in `text`. */
  readonly deferred = new Map<number, Chunk>();
  /** Set on the chunk the tokenizer stopped in: its text ends where the error is. */
  truncated = false;
  /** Source offset of the token after the chunk (at the end of the file, its last newline). */
  next = 0;

  /** Stand for `chunk` with a DEFERRED marker spanning its tokens. */
  defer(chunk: Chunk): void {
    this.deferred.set(this.size, chunk);
    const text = chunk.text;
    let start = 0;
    let end = text.length;
    while (start < end && isLayoutBlank(text.charCodeAt(start))) start++;
    while (end > start && isLayoutBlank(text.charCodeAt(end - 1))) end--;
    this.push(DEFERRED, Run.Marker, chunk.sourceStart(start), chunk.sourceEnd(end));
  }

  finish(): this {
    this.text = this.parts.join("");
    this.parts.length = 0;
    return this;
  }

  /** Source offset where the token starting at chunk index `index` starts. */
  sourceStart(index: number): number {
    const run = this.runAt(index);
    return this.runKind[run] === Run.Copy ? this.runSource[run] + (index - this.runStart[run]) : this.runSource[run];
  }

  /** Source offset just past the token ending before chunk index `end`. */
  sourceEnd(end: number): number {
    const run = this.runAt(end - 1);
    if (this.runKind[run] === Run.Copy) return this.runSource[run] + (end - this.runStart[run]);
    return this.runSourceEnd[run];
  }

  /** Source offset of the token at chunk index `index`; past the end, of the next chunk's first. */
  tokenOffset(index: number): number {
    return index >= this.text.length ? this.next : this.sourceStart(index);
  }

  /** The source span of the string literal whose STRING marker is at `index`. */
  stringSpan(index: number): { start: number; end: number } {
    const run = this.runAt(index);
    return { start: this.runSource[run], end: this.runSourceEnd[run] };
  }

  private runAt(index: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStart[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Spaces, NEWLINE, INDENT and DEDENT: what lies between tokens in chunk text. */
export function isLayoutBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 10 || c === 14 || c === 15;
}
