// Instructions that exercise every form of backend/x86/encodings.ts: for each form and each
// size it takes, every operand position runs through its whole pool of samples (all 16
// registers, the addressing-mode traps, immediate boundaries) while the other positions
// take a few representatives. Branches to labels are left to the jump tests.
//
// Consumes: FORMS. Produces: groups of instructions, one group per form and size.
//
//   add 01 /r (r/m, r) size 64:  add rax, rax / add rcx, rax / ... / add qword ptr [r13], rsi

import { FORMS, type Form, type OperandKind, type Size } from "../../backend/x86/encodings.js";
import { GPR64, XMM, type Inst, type Operand, imm, mem, reg, rip, sym } from "../../backend/x86/inst.js";
import { formatInst } from "../../backend/x86/print.js";

export interface SweepGroup {
  name: string;
  insts: Inst[];
}

export const DATA_SYMBOL = "data_sym";
export const CODE_SYMBOL = "code_fn";

// Addressing modes: each base with no, 8-bit and 32-bit displacement (rsp/r12 need a SIB,
// rbp/r13 need a disp8 even for 0), displacement boundaries, each index and scale, every
// base combined with an index, no base (index only, absolute) and RIP-relative with addends.
const MEMORY: Operand[] = [
  ...GPR64.map((base) => mem({ base })),
  ...GPR64.map((base) => mem({ base, disp: -8 })),
  ...GPR64.map((base) => mem({ base, disp: 0x12345 })),
  ...[127, -128, 128, -129, 0x7fffffff, -0x80000000].map((disp) => mem({ base: "rax", disp })),
  ...GPR64.filter((r) => r !== "rsp").map((index) => mem({ base: "rbx", index, scale: 4 })),
  ...GPR64.map((base) => mem({ base, index: "r9", scale: 2 })),
  ...([1, 2, 4, 8] as const).map((scale) => mem({ base: "r12", index: "rcx", scale, disp: 100 })),
  mem({ base: "r13", index: "r12", scale: 8, disp: -0x1000 }),
  mem({ index: "rsi", scale: 8, disp: 16 }),
  mem({ index: "r15", scale: 1, disp: -4 }),
  mem({ disp: 0x1000 }),
  rip(DATA_SYMBOL),
  rip(DATA_SYMBOL, 16),
  rip(DATA_SYMBOL, -4),
];

const GPRS = GPR64.map((r) => reg(r));
const XMMS = XMM.map((r) => reg(r));
// rsi is a representative so that byte forms always meet the sil-needs-REX trap.
const GPR_REPS = [reg("rax"), reg("rsi"), reg("r13")];
const XMM_REPS = [reg("xmm1"), reg("xmm12")];
const MEM_REPS = [mem({ base: "r12", disp: 8 }), rip(DATA_SYMBOL, 8)];

/** Immediates that fit the kind at the size, around every boundary where GNU as would
 *  switch forms (imm8 vs imm32, imm32 vs imm64, signed vs unsigned spelling). */
function immediates(kind: OperandKind, size: Size): bigint[] {
  const big = (values: (number | bigint)[]) => values.map((v) => BigInt(v));
  switch (kind) {
    case "1": return [1n];
    case "ib": return big([0, 1, 31, 63, 127, 255, -1, -128]);
    case "imm8": return big([0, 1, -1, 127, -128, ...(size === 16 ? [0xffff] : size === 32 ? [0xffffffff] : [])]);
    case "imm64":
      return big([5, -1, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, -0x80000001,
        0x7fffffffffffffffn, -0x8000000000000000n, 0xffffffffffffffffn, 0x123456789abcdef0n]);
    case "imm":
      if (size === 8) return big([0, 1, 127, -128, 255, -1]);
      if (size === 16) return big([1, 0x7f, 0x80, -0x81, 0x7fff, -0x8000, 0xffff]);
      if (size === 32) return big([1, 0x80, -0x81, 0x7fffffff, -0x80000000, 0xffffffff, 0x12345678]);
      return big([1, 0x80, -0x81, 0x7fffffff, -0x80000000, 0xffffffff80000000n]);
    default: throw new Error(`not an immediate kind: ${kind}`);
  }
}

/** All samples of an operand kind, and the few that stand in while another position sweeps. */
function samples(kind: OperandKind, size: Size): { all: Operand[]; reps: Operand[] } {
  switch (kind) {
    case "r": case "r8": case "r64": return { all: GPRS, reps: GPR_REPS };
    case "r/m": case "r/m8": case "r/m16": case "r/m32": case "r/m64":
      return { all: [...GPRS, ...MEMORY], reps: [reg("rdx"), reg("r10"), ...MEM_REPS] };
    case "m": return { all: MEMORY, reps: MEM_REPS };
    case "acc": return { all: [reg("rax")], reps: [reg("rax")] };
    case "CL": return { all: [reg("rcx")], reps: [reg("rcx")] };
    case "xmm": return { all: XMMS, reps: XMM_REPS };
    case "xmm/m64": case "xmm/m128": return { all: [...XMMS, ...MEMORY], reps: [...XMM_REPS, ...MEM_REPS] };
    case "rel32": return { all: [sym(CODE_SYMBOL)], reps: [sym(CODE_SYMBOL)] };
    case "rel8": return { all: [], reps: [] };
    default: {
      const values = immediates(kind, size).map((v) => imm(v));
      return { all: values, reps: values.slice(0, 2) };
    }
  }
}

function product(lists: Operand[][]): Operand[][] {
  return lists.reduce<Operand[][]>((acc, list) => acc.flatMap((prefix) => list.map((op) => [...prefix, op])), [[]]);
}

function formName(form: Form, size: Size | undefined): string {
  const opcode = form.opcode.map((b) => b.toString(16).padStart(2, "0")).join(" ");
  const prefix = form.prefix === undefined ? "" : `${form.prefix.toString(16)} `;
  const ext = form.ext === undefined ? "" : ` /${form.ext}`;
  return `${form.mnemonic} ${prefix}${opcode}${ext} (${form.operands.join(", ")})${size ? ` size ${size}` : ""}`;
}

export function sweepGroups(): SweepGroup[] {
  const groups: SweepGroup[] = [];
  for (const form of FORMS) {
    if (form.operands.includes("rel8")) continue;
    for (const size of form.sizes ?? [undefined]) {
      const instSize = size ?? 64;
      const pools = form.operands.map((kind) => samples(kind, instSize));
      const lists = pools.length === 0
        ? [[]]
        : pools.flatMap((_, i) => product(pools.map((p, j) => (i === j ? p.all : p.reps))));
      const seen = new Set<string>();
      const insts: Inst[] = [];
      for (const operands of lists) {
        const inst: Inst = { mnemonic: form.mnemonic, size: instSize, operands };
        const text = formatInst(inst);
        if (!seen.has(text)) {
          seen.add(text);
          insts.push(inst);
        }
      }
      groups.push({ name: formName(form, size), insts });
    }
  }
  return groups;
}
