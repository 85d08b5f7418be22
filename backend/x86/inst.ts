// x86-64 machine instructions as data: what the code generator produces and the encoder
// (encode.ts, driven by the form table in encodings.ts) turns into bytes.
//
// Consumes nothing; produces the types shared by codegen, encoder, and asm printer.
// Invariants: operands are in Intel order (destination first); `size` is the operand size
// in bits of the instruction (for SSE scalar ops it is 64 for sd forms, 32 for ss forms).
//
//   { mnemonic: "add", size: 64, operands: [reg("rax"), imm(8)] }    add rax, 8
//   { mnemonic: "mov", size: 64, operands: [reg("rdi"), mem({ base: "rbp", disp: -16 })] }

export const GPR64 = [
  "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
  "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
] as const;
export type Gpr = (typeof GPR64)[number];

export const XMM = [
  "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
  "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
] as const;
export type Xmm = (typeof XMM)[number];

export type Reg = Gpr | Xmm;

/** Two-address operations whose operands may swap (`dst op= src` either way round). */
export const COMMUTATIVE: ReadonlySet<string> = new Set(["add", "imul", "and", "or", "xor", "addsd", "mulsd"]);

/** Hardware register number 0..15 (the low three bits go in ModRM/SIB, bit 3 in REX). */
export function regNumber(r: Reg): number {
  const g = (GPR64 as readonly string[]).indexOf(r);
  return g >= 0 ? g : (XMM as readonly string[]).indexOf(r);
}
export function isXmm(r: Reg): r is Xmm {
  return r.startsWith("xmm");
}

/** Condition codes, named as in the Intel manual's Jcc/SETcc/CMOVcc mnemonics. */
export const COND = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"] as const;
export type Cond = (typeof COND)[number];

export type Operand =
  /** A register; the instruction's `size` picks eax/ax/al for a GPR. */
  | { kind: "reg"; reg: Reg }
  /** An immediate; encoders choose imm8 when the form allows and the value fits. */
  | { kind: "imm"; value: bigint }
  /** [base + index*scale + disp]; base may be absent (then disp32 absolute, rarely used). */
  | { kind: "mem"; base?: Gpr; index?: Gpr; scale?: 1 | 2 | 4 | 8; disp: number }
  /** [rip + symbol + addend]: a PC-relative reference, emitted as R_X86_64_PC32. */
  | { kind: "rip"; symbol: string; addend: number }
  /** [rip + symbol@GOTPCREL]: the GOT cell holding an external data symbol's address,
   *  emitted as R_X86_64_REX_GOTPCRELX (only with `mov r64, m64`). */
  | { kind: "got"; symbol: string }
  /** fs:[symbol@tpoff]: a thread-local variable of the executable (local-exec TLS),
   *  emitted as R_X86_64_TPOFF32 (only with `mov r64, m64`). */
  | { kind: "tls"; symbol: string }
  /** A branch/call target inside the same function (a label) ... */
  | { kind: "label"; label: number }
  /** ... or a symbol (call/jmp to a function), emitted as R_X86_64_PLT32. */
  | { kind: "sym"; symbol: string };

export interface Inst {
  mnemonic: string;
  /** Operand size in bits: 8, 16, 32 or 64 (ignored by forms with a fixed size). */
  size: 8 | 16 | 32 | 64;
  operands: Operand[];
}

export const reg = (r: Reg): Operand => ({ kind: "reg", reg: r });
export const imm = (v: number | bigint): Operand => ({ kind: "imm", value: BigInt(v) });
export const mem = (m: { base?: Gpr; index?: Gpr; scale?: 1 | 2 | 4 | 8; disp?: number }): Operand =>
  ({ kind: "mem", base: m.base, index: m.index, scale: m.scale, disp: m.disp ?? 0 });
export const rip = (symbol: string, addend = 0): Operand => ({ kind: "rip", symbol, addend });
export const got = (symbol: string): Operand => ({ kind: "got", symbol });
export const tls = (symbol: string): Operand => ({ kind: "tls", symbol });
export const label = (l: number): Operand => ({ kind: "label", label: l });
export const sym = (s: string): Operand => ({ kind: "sym", symbol: s });

/** Relocation types we emit, by their ELF names (values in backend/elf). */
export type RelocType = "R_X86_64_64" | "R_X86_64_PC32" | "R_X86_64_PLT32" | "R_X86_64_REX_GOTPCRELX" | "R_X86_64_TPOFF32";

export interface Reloc {
  offset: number;
  type: RelocType;
  symbol: string;
  addend: number;
}

/** A function body as the code generator emits it: instructions and label definitions in
 *  order. The assembler (encode.ts) resolves labels, picks short or near branches and
 *  collects relocations. */
export type AsmItem = { kind: "label"; label: number } | { kind: "inst"; inst: Inst };
