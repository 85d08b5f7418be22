// The x86-64 assembler: turns a function's instructions and labels into machine code,
// byte for byte what GNU as (`as --64`, no -O) produces from the same text.
//
// Consumes: AsmItem[] (inst.ts) whose instructions have a form in encodings.ts.
// Produces: the code bytes, the relocations GNU as would record for them, and the offset
// of every label.
// Invariants:
//  - Among the forms that fit an instruction the shortest wins, ties going to the first in
//    the table; branches to labels start as rel8 and grow to rel32 until every displacement
//    fits (GNU as relaxes the same way, so both reach the same smallest layout).
//  - An instruction with no form throws; nothing is ever encoded approximately.
//  - Relocation addends are relative to the start of the 4-byte field, as in ELF:
//    call/jmp to a symbol is PLT32 with addend -4; [rip + sym + a] is PC32 with addend
//    a - (bytes from the field to the end of the instruction).
//
//   .L1: dec rdi            ->  48 ff cf         labels: 1 -> 0
//        jne .L1            ->  75 fb
//        call f@PLT         ->  e8 00 00 00 00   R_X86_64_PLT32 f - 4 at offset 6

import {
  type AsmItem, type Inst, type Operand, type Reg, type Reloc, type RelocType, isXmm, regNumber,
} from "./inst.js";
import { type Form, type OpEn, formsFor, immBytes, kindWidth, wrapSigned } from "./encodings.js";
import { formatInst } from "./print.js";

export interface Assembled {
  code: Uint8Array;
  relocs: Reloc[];
  /** Label number -> offset in `code`. */
  labels: Map<number, number>;
}

/** A field the encoder leaves zero: a branch displacement or a relocated 32-bit value.
 *  `at` is its offset inside the instruction. */
type Fixup =
  | { kind: "label"; at: number; width: 1 | 4; label: number }
  | { kind: "reloc"; at: number; type: RelocType; symbol: string; addend: number };

interface Encoding {
  bytes: number[];
  fixup?: Fixup;
}

/** What each operand position is, per Op/En: ModRM.reg, ModRM.rm, a register added to the
 *  opcode, an immediate, a branch target, or implicit (acc, CL, 1: no bytes). */
type Role = "reg" | "rm" | "opreg" | "imm" | "rel" | "implicit";
const ROLES: Record<OpEn, Role[]> = {
  RM: ["reg", "rm"], MR: ["rm", "reg"], RMI: ["reg", "rm", "imm"],
  M: ["rm"], M1: ["rm", "implicit"], MC: ["rm", "implicit"], MI: ["rm", "imm"],
  O: ["opreg"], OI: ["opreg", "imm"], I: ["implicit", "imm"], D: ["rel"], ZO: [],
};

const REX = 0x40, REX_W = 8, REX_R = 4, REX_X = 2, REX_B = 1;
const SCALE_BITS = { 1: 0, 2: 1, 4: 2, 8: 3 } as const;

/** An instruction with its encoding chosen; a branch to a label keeps both widths. */
type Slot =
  | { kind: "label"; label: number }
  | { kind: "fixed"; encoding: Encoding }
  | { kind: "branch"; short?: Encoding; near: Encoding; isShort: boolean };

export function assemble(items: AsmItem[]): Assembled {
  const slots: Slot[] = items.map((item) => {
    if (item.kind === "label") return item;
    try {
      return chooseEncoding(item.inst);
    } catch (e) {
      throw new Error(`x86 encoder: ${describe(item.inst)}: ${(e as Error).message}`);
    }
  });
  const encodingOf = (slot: Slot): Encoding | undefined =>
    slot.kind === "label" ? undefined : slot.kind === "fixed" ? slot.encoding : slot.isShort ? slot.short! : slot.near;

  // Relaxation: lay out, grow every short branch whose displacement does not fit, repeat.
  // Growing only lengthens distances, so this ends at the smallest layout that fits.
  let offsets: number[] = [];
  let labels = new Map<number, number>();
  for (let grew = true; grew; ) {
    offsets = [];
    labels = new Map();
    let at = 0;
    for (const slot of slots) {
      offsets.push(at);
      if (slot.kind === "label") {
        if (labels.has(slot.label)) throw new Error(`x86 encoder: label ${slot.label} defined twice`);
        labels.set(slot.label, at);
      } else {
        at += encodingOf(slot)!.bytes.length;
      }
    }
    offsets.push(at);
    grew = false;
    slots.forEach((slot, i) => {
      if (slot.kind !== "branch" || !slot.isShort) return;
      const fixup = slot.short!.fixup as Extract<Fixup, { kind: "label" }>;
      const disp = targetOf(labels, fixup.label) - offsets[i + 1];
      if (disp < -128 || disp > 127) {
        slot.isShort = false;
        grew = true;
      }
    });
  }

  const code = new Uint8Array(offsets[offsets.length - 1]);
  const relocs: Reloc[] = [];
  slots.forEach((slot, i) => {
    const encoding = encodingOf(slot);
    if (!encoding) return;
    const start = offsets[i];
    code.set(encoding.bytes, start);
    const fixup = encoding.fixup;
    if (fixup?.kind === "label") {
      const disp = targetOf(labels, fixup.label) - offsets[i + 1];
      code.set(littleEndian(BigInt(disp), fixup.width), start + fixup.at);
    } else if (fixup?.kind === "reloc") {
      relocs.push({ offset: start + fixup.at, type: fixup.type, symbol: fixup.symbol, addend: fixup.addend });
    }
  });
  return { code, relocs, labels };
}

/** The shortest form (first in the table on a tie); for a branch to a label, both the rel8
 *  form (if any) and the rel32 form, starting short. */
function chooseEncoding(inst: Inst): Slot {
  const forms = formsFor(inst);
  if (forms.length === 0) throw new Error("no form in encodings.ts takes these operands");
  if (inst.operands.some((op) => op.kind === "label")) {
    const short = forms.find((f) => f.operands[0] === "rel8");
    const near = forms.find((f) => f.operands[0] === "rel32");
    if (!near) throw new Error("no rel32 form to grow into");
    return { kind: "branch", short: short && encodeForm(short, inst), near: encodeForm(near, inst), isShort: short !== undefined };
  }
  const encodings = forms.map((f) => encodeForm(f, inst));
  return { kind: "fixed", encoding: encodings.reduce((a, b) => (b.bytes.length < a.bytes.length ? b : a)) };
}

function targetOf(labels: Map<number, number>, label: number): number {
  const at = labels.get(label);
  if (at === undefined) throw new Error(`x86 encoder: branch to undefined label ${label}`);
  return at;
}

/** Lays out one instruction in one form: prefixes, REX, opcode, ModRM/SIB/displacement,
 *  immediate or branch field. */
function encodeForm(form: Form, inst: Inst): Encoding {
  const size = inst.size;
  let rex = form.rexW || (form.sizes && size === 64) ? REX_W : 0;
  let needRex = false;
  let regField = form.ext ?? 0;
  let rm: Operand | undefined;
  let opcodeReg = 0;
  const tail: number[] = [];
  let tailFixup: Fixup | undefined;

  ROLES[form.form].forEach((role, i) => {
    const op = inst.operands[i];
    const kind = form.operands[i];
    // spl, bpl, sil and dil exist only with a REX prefix (without one, 4-7 mean ah..bh).
    if (op.kind === "reg" && !isXmm(op.reg) && kindWidth(kind, size) === 8 && regNumber(op.reg) >= 4 && regNumber(op.reg) <= 7) {
      needRex = true;
    }
    switch (role) {
      case "reg":
        regField = regNumber(registerOf(op));
        if (regField >= 8) rex |= REX_R;
        break;
      case "rm":
        rm = op;
        break;
      case "opreg":
        opcodeReg = regNumber(registerOf(op));
        if (opcodeReg >= 8) rex |= REX_B;
        break;
      case "imm": {
        const value = (op as Extract<Operand, { kind: "imm" }>).value;
        tail.push(...littleEndian(value, immBytes(kind, value, size)!));
        break;
      }
      case "rel":
        if (op.kind === "label") {
          const width = kind === "rel8" ? 1 : 4;
          tailFixup = { kind: "label", at: tail.length, width, label: op.label };
          tail.push(...new Array<number>(width).fill(0));
        } else if (op.kind === "sym") {
          tailFixup = { kind: "reloc", at: tail.length, type: "R_X86_64_PLT32", symbol: op.symbol, addend: 0 };
          tail.push(0, 0, 0, 0);
        }
        break;
      case "implicit":
        break;
    }
  });

  const modrm = rm ? encodeModRM(regField, rm) : undefined;
  if (modrm) rex |= modrm.rex;

  const bytes: number[] = [];
  if (modrm?.tlsSymbol !== undefined) bytes.push(0x64); // fs segment override
  if (form.prefix !== undefined) bytes.push(form.prefix);
  else if (form.sizes && size === 16) bytes.push(0x66);
  if (rex !== 0 || needRex) bytes.push(REX | rex);
  bytes.push(...form.opcode.slice(0, -1), form.opcode[form.opcode.length - 1] + (opcodeReg & 7));
  const modrmAt = bytes.length;
  if (modrm) bytes.push(...modrm.bytes);
  const tailAt = bytes.length;
  bytes.push(...tail);

  let fixup: Fixup | undefined;
  if (tailFixup) {
    fixup = { ...tailFixup, at: tailAt + tailFixup.at };
    if (fixup.kind === "reloc") fixup.addend = fixup.at - bytes.length;
  } else if (modrm?.tlsSymbol !== undefined) {
    fixup = { kind: "reloc", at: modrmAt + 2, type: "R_X86_64_TPOFF32", symbol: modrm.tlsSymbol, addend: 0 };
  } else if (modrm?.ripSymbol !== undefined) {
    const at = modrmAt + 1;
    const addend = rm?.kind === "rip" ? rm.addend : 0;
    const type = modrm.got ? "R_X86_64_REX_GOTPCRELX" : "R_X86_64_PC32";
    fixup = { kind: "reloc", at, type, symbol: modrm.ripSymbol, addend: addend - (bytes.length - at) };
  }
  return { bytes, fixup };
}

function registerOf(op: Operand): Reg {
  if (op.kind !== "reg") throw new Error(`expected a register, got ${op.kind}`);
  return op.reg;
}

/** ModRM (+ SIB + displacement) for a register or memory operand, and the REX bits it
 *  needs. The traps: rm=100 means "SIB follows", so rsp/r12 as base need a SIB; mod=00
 *  rm=101 means RIP-relative (and SIB base=101 means "no base"), so rbp/r13 as base need an
 *  explicit disp8 of 0; index=100 means "no index", so rsp cannot be an index. */
function encodeModRM(regField: number, op: Operand): { bytes: number[]; rex: number; ripSymbol?: string; got?: boolean; tlsSymbol?: string } {
  const reg3 = (regField & 7) << 3;
  if (op.kind === "reg") {
    const n = regNumber(op.reg);
    return { bytes: [0xc0 | reg3 | (n & 7)], rex: n >= 8 ? REX_B : 0 };
  }
  if (op.kind === "rip") return { bytes: [0x05 | reg3, 0, 0, 0, 0], rex: 0, ripSymbol: op.symbol };
  if (op.kind === "got") return { bytes: [0x05 | reg3, 0, 0, 0, 0], rex: 0, ripSymbol: op.symbol, got: true };
  // fs:[disp32]: SIB with no base and no index, then the thread-pointer offset.
  if (op.kind === "tls") return { bytes: [0x04 | reg3, 0x25, 0, 0, 0, 0], rex: 0, tlsSymbol: op.symbol };
  if (op.kind !== "mem") throw new Error(`expected a register or memory operand, got ${op.kind}`);

  const { base, index, disp } = op;
  if (!Number.isInteger(disp) || wrapSigned(BigInt(disp), 32) !== BigInt(disp)) {
    throw new Error(`displacement ${disp} does not fit in 32 bits`);
  }
  if (index === "rsp") throw new Error("rsp cannot be an index register");
  const scale = op.scale ?? 1;
  if (!(scale in SCALE_BITS)) throw new Error(`scale ${scale} is not 1, 2, 4 or 8`);
  let rex = 0;
  const indexBits = index === undefined ? 4 : regNumber(index) & 7;
  if (index !== undefined && regNumber(index) >= 8) rex |= REX_X;
  const sib = (SCALE_BITS[scale] << 6) | (indexBits << 3);

  if (base === undefined) {
    // No base: SIB with base=101 and mod=00 means disp32 only (absolute or index-scaled).
    return { bytes: [0x04 | reg3, sib | 5, ...littleEndian(BigInt(disp), 4)], rex };
  }
  const b = regNumber(base);
  if (b >= 8) rex |= REX_B;
  const mod = disp === 0 && (b & 7) !== 5 ? 0 : disp >= -128 && disp <= 127 ? 1 : 2;
  const dispBytes = mod === 0 ? [] : littleEndian(BigInt(disp), mod === 1 ? 1 : 4);
  if (index !== undefined || (b & 7) === 4) {
    return { bytes: [(mod << 6) | reg3 | 4, sib | (b & 7), ...dispBytes], rex };
  }
  return { bytes: [(mod << 6) | reg3 | (b & 7), ...dispBytes], rex };
}

function littleEndian(value: bigint, width: number): number[] {
  const bits = BigInt.asUintN(width * 8, value);
  return Array.from({ length: width }, (_, i) => Number((bits >> BigInt(8 * i)) & 0xffn));
}

/** "`add rax, 4294967295` (size 64; reg, imm)": the text and what the form search saw. */
function describe(inst: Inst): string {
  const operands = inst.operands.map((op) => op.kind).join(", ") || "no operands";
  return `\`${formatInst(inst)}\` (size ${inst.size}; ${operands})`;
}
