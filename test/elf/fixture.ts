// A hand-assembled object that exercises every relocation type and section kind the writer
// supports, for the structure tests (object.test.ts) and the link tests (link.test.ts).
//
// Functions are tables of instructions: machine code in hex, the Intel-syntax line it
// encodes, and at most one relocation given relative to the instruction. assemble() turns
// them into .text, symbols and relocations, so no offset below is computed by hand.
// Symbols are declared with globals and locals interleaved on purpose: the writer must sort
// them and remap relocation symbol indices. fixture-driver.c and fixture-dlopen.c call it.
//
//   { hex: "e8 00 00 00 00", asm: "call puts", reloc: { at: 1, type: "R_X86_64_PLT32", symbol: "puts", addend: -4 } }

import type { ObjectFile, ObjReloc, ObjSymbol } from "../../backend/elf/object.js";

export interface Instruction {
  hex: string;
  asm: string;
  /** A relocation whose field starts `at` bytes into the instruction. */
  reloc?: Omit<ObjReloc, "section" | "offset"> & { at: number };
}

export interface FixtureFunction {
  name: string;
  binding: "local" | "global";
  code: Instruction[];
}

export const FIXTURE_FUNCTIONS: FixtureFunction[] = [
  {
    name: "answer", binding: "global", code: [
      { hex: "b8 2a 00 00 00", asm: "mov eax, 42" },
      { hex: "c3", asm: "ret" },
    ],
  },
  {
    name: "twice", binding: "local", code: [
      { hex: "8d 04 3f", asm: "lea eax, [rdi + rdi]" },
      { hex: "c3", asm: "ret" },
    ],
  },
  {
    name: "call_twice", binding: "global", code: [
      { hex: "48 83 ec 08", asm: "sub rsp, 8" },
      { hex: "e8 00 00 00 00", asm: "call twice", reloc: { at: 1, type: "R_X86_64_PLT32", symbol: "twice", addend: -4 } },
      { hex: "83 c0 01", asm: "add eax, 1" },
      { hex: "48 83 c4 08", asm: "add rsp, 8" },
      { hex: "c3", asm: "ret" },
    ],
  },
  {
    name: "greet", binding: "global", code: [
      { hex: "48 83 ec 08", asm: "sub rsp, 8" },
      { hex: "48 8d 3d 00 00 00 00", asm: "lea rdi, [rip + msg]", reloc: { at: 3, type: "R_X86_64_PC32", symbol: "msg", addend: -4 } },
      { hex: "e8 00 00 00 00", asm: "call puts", reloc: { at: 1, type: "R_X86_64_PLT32", symbol: "puts", addend: -4 } },
      { hex: "48 83 c4 08", asm: "add rsp, 8" },
      { hex: "c3", asm: "ret" },
    ],
  },
  {
    name: "bump", binding: "global", code: [
      { hex: "8b 05 00 00 00 00", asm: "mov eax, [rip + counter]", reloc: { at: 2, type: "R_X86_64_PC32", symbol: "counter", addend: -4 } },
      { hex: "83 c0 01", asm: "add eax, 1" },
      { hex: "89 05 00 00 00 00", asm: "mov [rip + counter], eax", reloc: { at: 2, type: "R_X86_64_PC32", symbol: "counter", addend: -4 } },
      { hex: "c3", asm: "ret" },
    ],
  },
];

const MESSAGE = "hello from cinderc";
/** Offset of "cinderc" in MESSAGE: table.word points there through an R_X86_64_64 addend. */
const WORD_OFFSET = MESSAGE.indexOf("cinderc");
/** .data: struct table { answer, call_twice, twice, word, puts } (5 pointers), then magic. */
const TABLE_SIZE = 5 * 8;
const MAGIC = 0x1122334455667788n;

export function bytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.split(/\s+/).filter((h) => h !== "").map((h) => parseInt(h, 16)));
}

function assemble(functions: FixtureFunction[]): { text: Uint8Array; symbols: ObjSymbol[]; relocs: ObjReloc[] } {
  const code: number[] = [];
  const symbols: ObjSymbol[] = [];
  const relocs: ObjReloc[] = [];
  for (const f of functions) {
    const start = code.length;
    for (const inst of f.code) {
      if (inst.reloc) {
        const { at, ...reloc } = inst.reloc;
        relocs.push({ section: ".text", offset: code.length + at, ...reloc });
      }
      code.push(...bytes(inst.hex));
    }
    symbols.push({ name: f.name, section: ".text", value: start, size: code.length - start, binding: f.binding, type: "func" });
  }
  return { text: Uint8Array.from(code), symbols, relocs };
}

export function fixtureObject(): ObjectFile {
  const { text, symbols: functions, relocs: textRelocs } = assemble(FIXTURE_FUNCTIONS);
  const rodata = new TextEncoder().encode(MESSAGE + "\0");
  const data = new Uint8Array(TABLE_SIZE + 8);
  new DataView(data.buffer).setBigUint64(TABLE_SIZE, MAGIC, true);
  const pointer = (index: number, symbol: string, addend = 0): ObjReloc =>
    ({ section: ".data", offset: index * 8, type: "R_X86_64_64", symbol, addend });
  const [answer, twice, callTwice, greet, bump] = functions;
  return {
    sourceFile: "fixture.py",
    sections: [
      { name: ".text", kind: "text", data: text, align: 16 },
      { name: ".data", kind: "data", data, align: 8 },
      { name: ".rodata", kind: "rodata", data: rodata, align: 1 },
      { name: ".bss", kind: "bss", data: new Uint8Array(24), align: 8 },
    ],
    symbols: [
      answer,
      { name: "table", section: ".data", value: 0, size: TABLE_SIZE, binding: "global", type: "object" },
      twice,
      callTwice,
      { name: "msg", section: ".rodata", value: 0, size: rodata.length, binding: "local", type: "object" },
      greet,
      { name: "counter", section: ".bss", value: 0, size: 4, binding: "local", type: "object" },
      bump,
      { name: "magic", section: ".data", value: TABLE_SIZE, size: 8, binding: "global", type: "object" },
      { name: "bss_block", section: ".bss", value: 8, size: 16, binding: "global", type: "object" },
    ],
    relocs: [
      ...textRelocs,
      // Out of offset order on purpose: the writer sorts each .rela section by offset.
      pointer(4, "puts"),
      pointer(0, "answer"),
      pointer(1, "call_twice"),
      pointer(2, "twice"),
      pointer(3, "msg", WORD_OFFSET),
    ],
  };
}
