// The x86-64 instruction forms cinderc emits: one record per form, written as the Intel
// manual's opcode tables write them (opcode bytes, /digit, operand encoding "Op/En").
//
// Consumes nothing; read by encode.ts (which picks a form and lays out the bytes) and by
// print.ts (which takes operand widths and GNU mnemonics from here). What each operand kind
// accepts is defined once, at the bottom (formsFor), so the two cannot disagree.
// Invariants:
//  - Records are data. The few families that repeat a pattern (the ALU group, shifts,
//    condition codes) are expanded from small tables below, never patched afterwards.
//  - When several forms fit an instruction the encoder takes the shortest; among equally
//    short ones, the first in this array. That is how GNU as chooses, e.g. `mov rcx, rdx`
//    gets MR (89 /r) before RM (8B /r) and `movsd xmm0, xmm1` gets F2 0F 10 before 0F 11.
//
//   Intel manual: REX.W + 01 /r   ADD r/m64, r64   (Op/En MR)
//   here:         { mnemonic: "add", form: "MR", opcode: [0x01], sizes: [16, 32, 64],
//                   operands: ["r/m", "r"] }      (size 64 adds REX.W, size 16 adds 0x66)

import { COND, type Cond, type Inst, type Operand, isXmm } from "./inst.js";

export type Size = 8 | 16 | 32 | 64;

/** Where the operands go (the manual's "Op/En" column):
 *  RM/MR  ModRM.reg and ModRM.rm, in operand order; RMI adds an immediate (imul).
 *  M      ModRM.rm only, ModRM.reg holds `ext`; M1 and MC are M with an implicit 1 or CL.
 *  MI     M followed by an immediate.
 *  O/OI   register number added to the last opcode byte (push, pop, mov r, imm).
 *  I      implicit accumulator and an immediate.
 *  D      a relative branch target (rel8 or rel32).
 *  ZO     no operands. */
export type OpEn = "RM" | "MR" | "RMI" | "M" | "M1" | "MC" | "MI" | "O" | "OI" | "I" | "D" | "ZO";

/** Operand kinds in the manual's notation. Unsuffixed ones take the instruction's size.
 *  imm    imm8/imm16/imm32 as wide as the operand; for 64-bit operands an imm32 that the
 *         CPU sign-extends.                 imm8  an imm8 sign-extended to the operand size.
 *  ib     a byte taken as it is (shift counts, bit offsets): -128..255.
 *  acc    al/ax/eax/rax.  CL  the count register of shifts.  1  the constant 1.
 *  rel8/rel32  a label (the assembler picks which); rel32 also takes a symbol (PLT32). */
export type OperandKind =
  | "r" | "r/m" | "m" | "acc"
  | "r8" | "r64" | "r/m8" | "r/m16" | "r/m32" | "r/m64"
  | "imm" | "imm8" | "ib" | "imm64" | "1" | "CL"
  | "xmm" | "xmm/m64" | "xmm/m128"
  | "rel8" | "rel32";

export interface Form {
  /** Our mnemonic (Inst.mnemonic). */
  mnemonic: string;
  /** GNU as's mnemonic when ours differs: movzx/movsx carry their source width (b/w). */
  gnu?: string;
  form: OpEn;
  opcode: number[];
  /** The /digit opcode extension in ModRM.reg. */
  ext?: number;
  /** Mandatory prefix of SSE forms; it goes before REX. */
  prefix?: 0x66 | 0xf2 | 0xf3;
  /** Inst.size values the form takes: 16 adds the 0x66 prefix, 64 adds REX.W. Absent when the
   *  width is fixed by the form (branches, push/pop, SSE); then Inst.size is ignored. */
  sizes?: Size[];
  /** REX.W although `sizes` is absent (movq between xmm and a 64-bit register). */
  rexW?: true;
  operands: OperandKind[];
}

const W: Size[] = [16, 32, 64];

// add/or/and/sub/xor/cmp share one layout: opcode base + 0..5 and group-1 /digit (80, 81, 83).
const ALU: { mnemonic: string; base: number; ext: number }[] = [
  { mnemonic: "add", base: 0x00, ext: 0 },
  { mnemonic: "or", base: 0x08, ext: 1 },
  { mnemonic: "and", base: 0x20, ext: 4 },
  { mnemonic: "sub", base: 0x28, ext: 5 },
  { mnemonic: "xor", base: 0x30, ext: 6 },
  { mnemonic: "cmp", base: 0x38, ext: 7 },
];

const aluForms = ALU.flatMap(({ mnemonic, base, ext }): Form[] => [
  { mnemonic, form: "MR", opcode: [base + 0], sizes: [8], operands: ["r/m", "r"] },
  { mnemonic, form: "MR", opcode: [base + 1], sizes: W, operands: ["r/m", "r"] },
  { mnemonic, form: "RM", opcode: [base + 2], sizes: [8], operands: ["r", "r/m"] },
  { mnemonic, form: "RM", opcode: [base + 3], sizes: W, operands: ["r", "r/m"] },
  // Before the accumulator forms: `add ax, 1` is 4 bytes either way and as takes 83.
  { mnemonic, form: "MI", opcode: [0x83], ext, sizes: W, operands: ["r/m", "imm8"] },
  { mnemonic, form: "I", opcode: [base + 4], sizes: [8], operands: ["acc", "imm"] },
  { mnemonic, form: "I", opcode: [base + 5], sizes: W, operands: ["acc", "imm"] },
  { mnemonic, form: "MI", opcode: [0x80], ext, sizes: [8], operands: ["r/m", "imm"] },
  { mnemonic, form: "MI", opcode: [0x81], ext, sizes: W, operands: ["r/m", "imm"] },
]);

// Group-2 shifts: D0/D1 by 1, D2/D3 by CL, C0/C1 by imm8.
const SHIFTS: { mnemonic: string; ext: number }[] = [
  { mnemonic: "shl", ext: 4 },
  { mnemonic: "shr", ext: 5 },
  { mnemonic: "sar", ext: 7 },
];

const shiftForms = SHIFTS.flatMap(({ mnemonic, ext }): Form[] => [
  { mnemonic, form: "M1", opcode: [0xd0], ext, sizes: [8], operands: ["r/m", "1"] },
  { mnemonic, form: "M1", opcode: [0xd1], ext, sizes: W, operands: ["r/m", "1"] },
  { mnemonic, form: "MC", opcode: [0xd2], ext, sizes: [8], operands: ["r/m", "CL"] },
  { mnemonic, form: "MC", opcode: [0xd3], ext, sizes: W, operands: ["r/m", "CL"] },
  { mnemonic, form: "MI", opcode: [0xc0], ext, sizes: [8], operands: ["r/m", "ib"] },
  { mnemonic, form: "MI", opcode: [0xc1], ext, sizes: W, operands: ["r/m", "ib"] },
]);

// Jcc, SETcc and CMOVcc add the condition number (its index in COND) to the opcode.
const condForms = COND.flatMap((cc: Cond, n): Form[] => [
  { mnemonic: `j${cc}`, form: "D", opcode: [0x70 + n], operands: ["rel8"] },
  { mnemonic: `j${cc}`, form: "D", opcode: [0x0f, 0x80 + n], operands: ["rel32"] },
  { mnemonic: `set${cc}`, form: "M", opcode: [0x0f, 0x90 + n], ext: 0, operands: ["r8"] },
  { mnemonic: `cmov${cc}`, form: "RM", opcode: [0x0f, 0x40 + n], sizes: W, operands: ["r", "r/m"] },
]);

// One-operand group-3/4/5 instructions (F6/F7, FE/FF) by /digit.
const UNARY: { mnemonic: string; byte: number; word: number; ext: number }[] = [
  { mnemonic: "not", byte: 0xf6, word: 0xf7, ext: 2 },
  { mnemonic: "neg", byte: 0xf6, word: 0xf7, ext: 3 },
  { mnemonic: "div", byte: 0xf6, word: 0xf7, ext: 6 },
  { mnemonic: "idiv", byte: 0xf6, word: 0xf7, ext: 7 },
  { mnemonic: "inc", byte: 0xfe, word: 0xff, ext: 0 },
  { mnemonic: "dec", byte: 0xfe, word: 0xff, ext: 1 },
];

const unaryForms = UNARY.flatMap(({ mnemonic, byte, word, ext }): Form[] => [
  { mnemonic, form: "M", opcode: [byte], ext, sizes: [8], operands: ["r/m"] },
  { mnemonic, form: "M", opcode: [word], ext, sizes: W, operands: ["r/m"] },
]);

// Scalar double arithmetic: F2 0F op /r, xmm1 <- xmm1 op xmm2/m64.
const SSE_SD: { mnemonic: string; op: number }[] = [
  { mnemonic: "sqrtsd", op: 0x51 },
  { mnemonic: "addsd", op: 0x58 },
  { mnemonic: "mulsd", op: 0x59 },
  { mnemonic: "subsd", op: 0x5c },
  { mnemonic: "divsd", op: 0x5e },
];

const sseForms = SSE_SD.map(({ mnemonic, op }): Form =>
  ({ mnemonic, form: "RM", prefix: 0xf2, opcode: [0x0f, op], operands: ["xmm", "xmm/m64"] }));

export const FORMS: Form[] = [
  // Moves.
  { mnemonic: "mov", form: "MR", opcode: [0x88], sizes: [8], operands: ["r/m", "r"] },
  { mnemonic: "mov", form: "MR", opcode: [0x89], sizes: W, operands: ["r/m", "r"] },
  { mnemonic: "mov", form: "RM", opcode: [0x8a], sizes: [8], operands: ["r", "r/m"] },
  { mnemonic: "mov", form: "RM", opcode: [0x8b], sizes: W, operands: ["r", "r/m"] },
  { mnemonic: "mov", form: "OI", opcode: [0xb0], sizes: [8], operands: ["r", "imm"] },
  { mnemonic: "mov", form: "OI", opcode: [0xb8], sizes: [16, 32], operands: ["r", "imm"] },
  // movabs: only taken when the value does not fit C7's sign-extended imm32, as GNU as does
  // (without -O it never narrows `mov rax, 0xffffffff` to `mov eax, ...`).
  { mnemonic: "mov", form: "OI", opcode: [0xb8], sizes: [64], operands: ["r", "imm64"] },
  { mnemonic: "mov", form: "MI", opcode: [0xc6], ext: 0, sizes: [8], operands: ["r/m", "imm"] },
  { mnemonic: "mov", form: "MI", opcode: [0xc7], ext: 0, sizes: W, operands: ["r/m", "imm"] },
  { mnemonic: "movzxb", gnu: "movzx", form: "RM", opcode: [0x0f, 0xb6], sizes: W, operands: ["r", "r/m8"] },
  { mnemonic: "movzxw", gnu: "movzx", form: "RM", opcode: [0x0f, 0xb7], sizes: [32, 64], operands: ["r", "r/m16"] },
  { mnemonic: "movsxb", gnu: "movsx", form: "RM", opcode: [0x0f, 0xbe], sizes: W, operands: ["r", "r/m8"] },
  { mnemonic: "movsxw", gnu: "movsx", form: "RM", opcode: [0x0f, 0xbf], sizes: [32, 64], operands: ["r", "r/m16"] },
  { mnemonic: "movsxd", form: "RM", opcode: [0x63], sizes: [64], operands: ["r", "r/m32"] },
  { mnemonic: "lea", form: "RM", opcode: [0x8d], sizes: W, operands: ["r", "m"] },

  // Integer arithmetic and logic.
  ...aluForms,
  { mnemonic: "test", form: "MR", opcode: [0x84], sizes: [8], operands: ["r/m", "r"] },
  { mnemonic: "test", form: "MR", opcode: [0x85], sizes: W, operands: ["r/m", "r"] },
  { mnemonic: "test", form: "I", opcode: [0xa8], sizes: [8], operands: ["acc", "imm"] },
  { mnemonic: "test", form: "I", opcode: [0xa9], sizes: W, operands: ["acc", "imm"] },
  { mnemonic: "test", form: "MI", opcode: [0xf6], ext: 0, sizes: [8], operands: ["r/m", "imm"] },
  { mnemonic: "test", form: "MI", opcode: [0xf7], ext: 0, sizes: W, operands: ["r/m", "imm"] },
  { mnemonic: "imul", form: "RM", opcode: [0x0f, 0xaf], sizes: W, operands: ["r", "r/m"] },
  { mnemonic: "imul", form: "RMI", opcode: [0x6b], sizes: W, operands: ["r", "r/m", "imm8"] },
  { mnemonic: "imul", form: "RMI", opcode: [0x69], sizes: W, operands: ["r", "r/m", "imm"] },
  ...unaryForms,
  { mnemonic: "cqo", form: "ZO", opcode: [0x99], sizes: [64], operands: [] },
  ...shiftForms,
  { mnemonic: "bt", form: "MI", opcode: [0x0f, 0xba], ext: 4, sizes: W, operands: ["r/m", "ib"] },

  // Stack, calls and branches (64-bit by default: no REX.W).
  { mnemonic: "push", form: "O", opcode: [0x50], operands: ["r64"] },
  { mnemonic: "push", form: "M", opcode: [0xff], ext: 6, operands: ["r/m64"] },
  { mnemonic: "pop", form: "O", opcode: [0x58], operands: ["r64"] },
  { mnemonic: "pop", form: "M", opcode: [0x8f], ext: 0, operands: ["r/m64"] },
  { mnemonic: "call", form: "D", opcode: [0xe8], operands: ["rel32"] },
  { mnemonic: "call", form: "M", opcode: [0xff], ext: 2, operands: ["r/m64"] },
  { mnemonic: "jmp", form: "D", opcode: [0xeb], operands: ["rel8"] },
  { mnemonic: "jmp", form: "D", opcode: [0xe9], operands: ["rel32"] },
  ...condForms,
  { mnemonic: "ret", form: "ZO", opcode: [0xc3], operands: [] },
  { mnemonic: "nop", form: "ZO", opcode: [0x90], operands: [] },
  { mnemonic: "ud2", form: "ZO", opcode: [0x0f, 0x0b], operands: [] },
  { mnemonic: "int3", form: "ZO", opcode: [0xcc], operands: [] },

  // SSE2 scalar double.
  { mnemonic: "movsd", form: "RM", prefix: 0xf2, opcode: [0x0f, 0x10], operands: ["xmm", "xmm/m64"] },
  { mnemonic: "movsd", form: "MR", prefix: 0xf2, opcode: [0x0f, 0x11], operands: ["xmm/m64", "xmm"] },
  // Register copies: movsd xmm, xmm merges into the destination (a false dependency on its
  // old value); movapd writes all of it.
  { mnemonic: "movapd", form: "RM", prefix: 0x66, opcode: [0x0f, 0x28], operands: ["xmm", "xmm"] },
  { mnemonic: "movq", form: "RM", prefix: 0x66, rexW: true, opcode: [0x0f, 0x6e], operands: ["xmm", "r64"] },
  { mnemonic: "movq", form: "MR", prefix: 0x66, rexW: true, opcode: [0x0f, 0x7e], operands: ["r64", "xmm"] },
  ...sseForms,
  { mnemonic: "ucomisd", form: "RM", prefix: 0x66, opcode: [0x0f, 0x2e], operands: ["xmm", "xmm/m64"] },
  { mnemonic: "comisd", form: "RM", prefix: 0x66, opcode: [0x0f, 0x2f], operands: ["xmm", "xmm/m64"] },
  { mnemonic: "cvtsi2sd", form: "RM", prefix: 0xf2, opcode: [0x0f, 0x2a], sizes: [32, 64], operands: ["xmm", "r/m"] },
  { mnemonic: "cvttsd2si", form: "RM", prefix: 0xf2, opcode: [0x0f, 0x2c], sizes: [32, 64], operands: ["r", "xmm/m64"] },
  { mnemonic: "xorpd", form: "RM", prefix: 0x66, opcode: [0x0f, 0x57], operands: ["xmm", "xmm/m128"] },
  { mnemonic: "pxor", form: "RM", prefix: 0x66, opcode: [0x0f, 0xef], operands: ["xmm", "xmm/m128"] },
];

const FORMS_BY_MNEMONIC = new Map<string, Form[]>();
for (const f of FORMS) FORMS_BY_MNEMONIC.set(f.mnemonic, [...(FORMS_BY_MNEMONIC.get(f.mnemonic) ?? []), f]);

/** The forms that can encode `inst`, in table order (empty when none can). */
export function formsFor(inst: Inst): Form[] {
  return (FORMS_BY_MNEMONIC.get(inst.mnemonic) ?? []).filter((f) =>
    (f.sizes === undefined || f.sizes.includes(inst.size)) &&
    f.operands.length === inst.operands.length &&
    f.operands.every((kind, i) => accepts(kind, inst.operands[i], inst.size)));
}

/** Width in bits of the register or memory an operand of this kind names (for REX on byte
 *  registers, register names and `ptr` sizes); undefined for immediates, branches and `m`. */
export function kindWidth(kind: OperandKind, size: Size): Size | 128 | undefined {
  switch (kind) {
    case "r": case "r/m": case "acc": return size;
    case "r8": case "r/m8": case "CL": return 8;
    case "r/m16": return 16;
    case "r/m32": return 32;
    case "r64": case "r/m64": case "xmm/m64": return 64;
    case "xmm": case "xmm/m128": return 128;
    default: return undefined;
  }
}

function accepts(kind: OperandKind, op: Operand, size: Size): boolean {
  const gpr = op.kind === "reg" && !isXmm(op.reg);
  const xmm = op.kind === "reg" && isXmm(op.reg);
  // A GOT cell is only read by `mov r64, m64` (the form GOTPCRELX lets the linker relax).
  if (op.kind === "got" || op.kind === "tls") return kind === "r/m" && size === 64;
  const memory = op.kind === "mem" || op.kind === "rip";
  switch (kind) {
    case "r": case "r8": case "r64": return gpr;
    case "r/m": case "r/m8": case "r/m16": case "r/m32": case "r/m64": return gpr || memory;
    case "m": return memory;
    case "acc": return op.kind === "reg" && op.reg === "rax";
    case "CL": return op.kind === "reg" && op.reg === "rcx";
    case "xmm": return xmm;
    case "xmm/m64": case "xmm/m128": return xmm || memory;
    case "rel8": return op.kind === "label";
    case "rel32": return op.kind === "label" || op.kind === "sym";
    case "imm": case "imm8": case "ib": case "imm64": case "1":
      return op.kind === "imm" && immBytes(kind, op.value, size) !== undefined;
  }
}

/** The value as a two's-complement number of `bits` bits, if it is one when read as either
 *  signed or unsigned (GNU as takes both: `add eax, 0xffffffff` is `add eax, -1`). */
export function wrapSigned(value: bigint, bits: number): bigint | undefined {
  const half = 1n << BigInt(bits - 1);
  if (value < -half || value >= 2n * half) return undefined;
  return value >= half ? value - 2n * half : value;
}

/** How many bytes an immediate of this kind takes at this operand size (0 for the implicit
 *  1), or undefined when the value does not fit the kind. */
export function immBytes(kind: OperandKind, value: bigint, size: Size): 0 | 1 | 2 | 4 | 8 | undefined {
  const v = wrapSigned(value, size);
  switch (kind) {
    case "1": return value === 1n ? 0 : undefined;
    case "ib": return wrapSigned(value, 8) === undefined ? undefined : 1;
    case "imm8": return v !== undefined && v >= -128n && v <= 127n ? 1 : undefined;
    case "imm64": return v === undefined ? undefined : 8;
    case "imm":
      if (v === undefined) return undefined;
      if (size === 64) return v >= -(1n << 31n) && v < 1n << 31n ? 4 : undefined;
      return size === 32 ? 4 : size === 16 ? 2 : 1;
    default: return undefined;
  }
}
