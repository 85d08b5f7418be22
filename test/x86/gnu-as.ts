// Runs GNU as on Intel-syntax text and reads back what the encoder tests compare against:
// the .text bytes, the offset of every symbol (incl. .L labels, kept with -L) and the
// relocations as `readelf -rW` prints them.
//
// Consumes: assembly source text (without the .intel_syntax line, which is added here).
// Produces: { text, symbols, relocs }, or the assembler's per-line diagnostics.
//
//   c0: add rax, 5      ->  symbols c0 -> 0, text 48 83 c0 05

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reloc, RelocType } from "../../backend/x86/inst.js";

export interface GnuObject {
  text: Uint8Array;
  symbols: Map<string, number>;
  relocs: Reloc[];
}

const HEADER = ".intel_syntax noprefix\n.text\n";

function run(cmd: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`cannot run ${cmd} (GNU binutils is needed by the encoder tests): ${r.error.message}`);
  return r;
}

function withTempDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "cinderc-as-"));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function gnuAssemble(source: string): GnuObject {
  return withTempDir((dir) => {
    const src = join(dir, "in.s"), obj = join(dir, "in.o"), bin = join(dir, "text.bin");
    writeFileSync(src, HEADER + source);
    const as = run("as", ["--64", "-L", "-o", obj, src]);
    if (as.status !== 0 || as.stderr.trim() !== "") throw new Error(`GNU as did not take the source:\n${as.stderr.slice(0, 4000)}`);
    const copy = run("objcopy", ["-O", "binary", "--only-section=.text", obj, bin]);
    if (copy.status !== 0) throw new Error(`objcopy failed: ${copy.stderr}`);

    const symbols = new Map<string, number>();
    for (const line of run("nm", ["--defined-only", obj]).stdout.split("\n")) {
      const m = /^([0-9a-f]+) [tT] (\S+)$/.exec(line);
      if (m) symbols.set(m[2], parseInt(m[1], 16));
    }
    const relocs: Reloc[] = [];
    for (const line of run("readelf", ["-rW", obj]).stdout.split("\n")) {
      // 000000000000006e  0000000100000002 R_X86_64_PC32  0000000000000000 foo - 8
      const m = /^([0-9a-f]+)\s+[0-9a-f]+\s+(R_X86_64_\w+)\s+[0-9a-f]+\s+(\S+) ([+-]) ([0-9a-f]+)$/.exec(line.trim());
      if (m) {
        const addend = parseInt(m[5], 16) * (m[4] === "-" ? -1 : 1);
        relocs.push({ offset: parseInt(m[1], 16), type: m[2] as RelocType, symbol: m[3], addend });
      }
    }
    return { text: new Uint8Array(readFileSync(bin)), symbols, relocs };
  });
}

/** Assembles the lines (one instruction each) and returns, per line index, the error or
 *  warning GNU as printed for it, if any. */
export function gnuDiagnostics(lines: string[]): Map<number, string> {
  return withTempDir((dir) => {
    const src = join(dir, "in.s");
    writeFileSync(src, HEADER + lines.join("\n") + "\n");
    const firstLine = HEADER.split("\n").length; // line number of lines[0]
    const found = new Map<number, string>();
    for (const line of run("as", ["--64", "-o", join(dir, "in.o"), src]).stderr.split("\n")) {
      const m = /:(\d+): (Error|Warning): (.*)$/.exec(line);
      if (m) found.set(Number(m[1]) - firstLine, `${m[2]}: ${m[3]}`);
    }
    return found;
  });
}
