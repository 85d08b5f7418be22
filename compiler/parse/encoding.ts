// Source file bytes to text, as CPython 3.11 decides the encoding (PEP 263).
//
// Consumes: the bytes of a .py file. Produces: its text, for a SourceFile.
// Invariants: a UTF-8 BOM means UTF-8 (and is dropped); otherwise a coding cookie
// ("# -*- coding: latin-1 -*-") on line 1, or on line 2 after a blank or comment-only line 1,
// names the encoding; otherwise UTF-8. Latin-1 maps bytes to code points directly (the
// platform's "latin1" decoder is really windows-1252). Positions are unaffected: CPython
// also measures columns in UTF-8 after decoding.
// Example: decodeSource(bytes of "# coding: latin-1\nx = '\xe9'\n") -> "# coding: latin-1\nx = 'é'\n".
import { PySyntaxError } from "./syntax-error.js";

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const cookie = codingCookie(body);
  const encoding = cookie ? normalEncodingName(cookie.name) : "utf-8";
  if (bom && encoding !== "utf-8") throw new PySyntaxError("encoding problem: utf-8", { lineno: cookie!.line, col_offset: 0 });
  if (encoding === "utf-8") return decode("utf-8", body, cookie?.line ?? 1);
  if (encoding === "iso-8859-1") return Array.from(body, (b) => String.fromCharCode(b)).join("");
  return decode(encoding, body, cookie!.line);
}

function decode(encoding: string, bytes: Uint8Array, line: number): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new PySyntaxError(`unknown encoding: ${encoding}`, { lineno: line, col_offset: 0 });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PySyntaxError(`(unicode error) '${encoding}' codec can't decode the source`, { lineno: 1, col_offset: 0 });
  }
}

function codingCookie(bytes: Uint8Array): { name: string; line: number } | null {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 10) {
      lines.push(ascii(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  if (lines.length < 2) lines.push(ascii(bytes.subarray(start, Math.min(bytes.length, start + 200))));
  const first = COOKIE.exec(lines[0]);
  if (first) return { name: first[1], line: 1 };
  if (!/^[ \t\f\r]*(#.*)?$/.test(lines[0])) return null;
  const second = lines[1] === undefined ? null : COOKIE.exec(lines[1]);
  return second ? { name: second[1], line: 2 } : null;
}

function ascii(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : "?")).join("");
}

/** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises itself. */
function normalEncodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-.*)?$/.test(lower)) return "iso-8859-1";
  return lower;
}
