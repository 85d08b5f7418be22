// A source file as the compiler sees it: the path as the user gave it, the text, and the
// mapping from CPython-style positions (1-based line, 0-based column in UTF-8 bytes) back to
// the line's text for diagnostics.

export class SourceFile {
  readonly lines: string[];

  constructor(readonly path: string, readonly text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** The text of a 1-based line, without its newline ("" past the end). */
  line(lineno: number): string {
    return this.lines[lineno - 1] ?? "";
  }

  /** Convert a UTF-8 byte column on a line to a column in characters (code points). */
  charColumn(lineno: number, byteCol: number): number {
    const text = this.line(lineno);
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      bytes += Buffer.byteLength(ch, "utf8");
      chars++;
    }
    return chars;
  }
}
