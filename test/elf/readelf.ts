// Runs binutils `readelf` on a file and parses what it prints: the independent oracle the ELF
// tests check our writer and our reader (read.ts) against.
//
// Consumes a path; produces the rows of `readelf -S -s -r -W` (section headers, symbols,
// relocations) and the `readelf -h` fields. Fields keep readelf's spelling (types "FUNC",
// bindings "GLOBAL", Ndx "UND"/"ABS"/number) so a mismatch reads like the readelf output.
//
//   0000000000000027  0000001000000004 R_X86_64_PLT32  0000000000000000 puts - 4
//   -> { rela: ".rela.text", offset: 0x27, type: "R_X86_64_PLT32", symbol: "puts", addend: -4 }

import { execFileSync } from "node:child_process";

export interface ReadelfSection {
  index: number;
  name: string;
  type: string;
  offset: number;
  size: number;
  entsize: number;
  flags: string;
  link: number;
  info: number;
  align: number;
}

export interface ReadelfSymbol {
  index: number;
  value: number;
  size: number;
  type: string;
  bind: string;
  vis: string;
  /** "UND", "ABS" or a section index. */
  ndx: string;
  /** readelf shows a section symbol under its section's name. */
  name: string;
}

export interface ReadelfReloc {
  /** The .rela section the entry is listed under. */
  rela: string;
  offset: number;
  type: string;
  symbol: string;
  addend: number;
}

export interface ReadelfDump {
  sections: ReadelfSection[];
  symbols: ReadelfSymbol[];
  relocs: ReadelfReloc[];
}

const SECTION_ROW = /^\s*\[\s*(\d+)\] (\S*)\s+(\S+)\s+[0-9a-f]+ ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)\s+([A-Za-z]*)\s+(\d+)\s+(\d+)\s+(\d+)$/;
const SYMBOL_ROW = /^\s*(\d+): ([0-9a-f]+)\s+(\d+|0x[0-9a-f]+) (\S+)\s+(\S+)\s+(\S+)\s+(\S+) ?(.*)$/;
const RELOC_ROW = /^([0-9a-f]{16})\s+[0-9a-f]{16} (\S+)\s+[0-9a-f]{16} (.*) ([+-]) ([0-9a-f]+)$/;
const RELA_TITLE = /^Relocation section '([^']+)'/;

export function readelf(path: string): ReadelfDump {
  const dump: ReadelfDump = { sections: [], symbols: [], relocs: [] };
  let rela = "";
  for (const line of run(["-S", "-s", "-r", "-W", path]).split("\n")) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(RELA_TITLE))) {
      rela = m[1];
    } else if ((m = line.match(SECTION_ROW))) {
      dump.sections.push({
        index: Number(m[1]), name: m[2], type: m[3], offset: hex(m[4]), size: hex(m[5]), entsize: hex(m[6]),
        flags: m[7], link: Number(m[8]), info: Number(m[9]), align: Number(m[10]),
      });
    } else if ((m = line.match(SYMBOL_ROW))) {
      dump.symbols.push({
        index: Number(m[1]), value: hex(m[2]), size: Number(m[3]), type: m[4], bind: m[5], vis: m[6], ndx: m[7], name: m[8],
      });
    } else if ((m = line.match(RELOC_ROW))) {
      const magnitude = hex(m[5]);
      dump.relocs.push({ rela, offset: hex(m[1]), type: m[2], symbol: m[3], addend: m[4] === "-" ? -magnitude : magnitude });
    }
  }
  return dump;
}

/** `readelf -h` as field → value: { Type: "REL (Relocatable file)", Machine: "Advanced Micro Devices X86-64", ... }. */
export function readelfHeader(path: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run(["-h", path]).split("\n")) {
    const m = line.match(/^\s+([^:]+):\s+(.*?)\s*$/);
    if (m) fields[m[1]] = m[2];
  }
  return fields;
}

function run(args: string[]): string {
  return execFileSync("readelf", args, { encoding: "utf8" });
}

function hex(digits: string): number {
  return parseInt(digits, 16);
}
