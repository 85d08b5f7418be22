// CPython positions for offsets into the (newline-normalised) source text.
//
// Consumes: the source text layout.ts scanned. Produces: 1-based line numbers and 0-based
// columns counted in UTF-8 bytes, as CPython's tokenizer counts them.
// Invariant: offsets are UTF-16 indexes into that text; a column is the UTF-8 length of the
// line's text before the offset (a surrogate pair is one 4-byte character).
// Example: in "é = 1\n", offset 4 (the "1") is line 1, column 5.

export interface Position {
  line: number;
  col: number;
}

export class SourceLines {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];
  /** Whether each line is pure ASCII, so its byte column is its offset column. */
  private readonly ascii: boolean[] = [];

  constructor(readonly text: string) {
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.ascii.push(ascii);
        this.starts.push(i + 1);
        ascii = true;
      } else if (c >= 0x80) {
        ascii = false;
      }
    }
    this.ascii.push(ascii);
  }

  /** The 0-based index of the line holding `offset` (an offset at a newline belongs to its line). */
  private lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const index = this.lineIndex(offset);
    const start = this.starts[index];
    const col = this.ascii[index] ? offset - start : utf8Length(this.text, start, offset);
    return { line: index + 1, col };
  }
}

/** UTF-8 byte length of text[from, to). */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // Each half of a surrogate pair counts 2, making 4 for the pair.
    else if (c >= 0xd800 && c <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
