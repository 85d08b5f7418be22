// Prints x86-64 instructions in GNU as Intel syntax (`.intel_syntax noprefix`): the text of
// `cinderc --emit asm`, and what the encoder tests feed to GNU as to compare bytes.
// Operand widths and GNU mnemonics come from the form table (encodings.ts), so the text
// says what the encoder encodes.
//
//   { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "rbp", disp: -8 })] }
//   -> "mov rax, qword ptr [rbp - 8]"
//   { mnemonic: "movzxb", size: 32, operands: [reg("rax"), reg("rsi")] }  -> "movzx eax, sil"

import { type Size, formsFor, kindWidth } from "./encodings.js";
import { type AsmItem, type Gpr, type Inst, type Operand, isXmm } from "./inst.js";

const SUB_REGS: Record<Gpr, [string, string, string]> = {
  // [32-bit, 16-bit, 8-bit]
  rax: ["eax", "ax", "al"], rcx: ["ecx", "cx", "cl"], rdx: ["edx", "dx", "dl"], rbx: ["ebx", "bx", "bl"],
  rsp: ["esp", "sp", "spl"], rbp: ["ebp", "bp", "bpl"], rsi: ["esi", "si", "sil"], rdi: ["edi", "di", "dil"],
  r8: ["r8d", "r8w", "r8b"], r9: ["r9d", "r9w", "r9b"], r10: ["r10d", "r10w", "r10b"], r11: ["r11d", "r11w", "r11b"],
  r12: ["r12d", "r12w", "r12b"], r13: ["r13d", "r13w", "r13b"], r14: ["r14d", "r14w", "r14b"], r15: ["r15d", "r15w", "r15b"],
};

/** The name of a general register at a size: regName("rax", 32) = "eax". */
export function regName(r: Gpr, size: Size): string {
  if (size === 64) return r;
  return SUB_REGS[r][size === 32 ? 0 : size === 16 ? 1 : 2];
}

const PTR: Record<number, string> = { 8: "byte", 16: "word", 32: "dword", 64: "qword", 128: "xmmword" };

/** Register and memory widths come from the form table (the first form that takes the
 *  instruction), so `movzxb eax, cl` prints `cl` and `push` prints 64-bit names. An
 *  instruction no form takes still prints, at its own size, so error messages can show it. */
export function formatOperand(inst: Inst, op: Operand, index: number, labelName = (l: number) => `.L${l}`): string {
  const kind = formsFor(inst)[0]?.operands[index];
  const width = kind ? kindWidth(kind, inst.size) : inst.size;
  switch (op.kind) {
    case "reg":
      // A form only puts a general register where its kind has a width of 8 to 64.
      return isXmm(op.reg) ? op.reg : regName(op.reg, (width ?? inst.size) as Size);
    case "imm":
      return op.value.toString();
    case "mem": {
      const parts: string[] = [];
      if (op.base) parts.push(op.base);
      if (op.index) parts.push(`${op.index}*${op.scale ?? 1}`);
      let text = parts.join(" + ");
      if (op.disp !== 0 || parts.length === 0) {
        text += parts.length === 0 ? `${op.disp}` : op.disp < 0 ? ` - ${-op.disp}` : ` + ${op.disp}`;
      }
      return withPtr(width, `[${text}]`);
    }
    case "rip": {
      const add = op.addend === 0 ? "" : op.addend < 0 ? ` - ${-op.addend}` : ` + ${op.addend}`;
      return withPtr(width, `[rip + ${op.symbol}${add}]`);
    }
    case "got":
      return `qword ptr [rip + ${op.symbol}@GOTPCREL]`;
    case "tls":
      return `qword ptr fs:[${op.symbol}@tpoff]`;
    case "label":
      return labelName(op.label);
    case "sym":
      return `${op.symbol}@PLT`;
  }
}

/** lea's `m` operand has no width: it names an address, not a value in memory. */
function withPtr(width: number | undefined, address: string): string {
  return width === undefined ? address : `${PTR[width]} ptr ${address}`;
}

export function formatInst(inst: Inst, labelName?: (l: number) => string): string {
  const mnemonic = formsFor(inst)[0]?.gnu ?? inst.mnemonic;
  if (inst.operands.length === 0) return mnemonic;
  return `${mnemonic} ${inst.operands.map((o, i) => formatOperand(inst, o, i, labelName)).join(", ")}`;
}

/** A whole function listing, ready for GNU as after `.intel_syntax noprefix`. */
export function formatListing(name: string, items: AsmItem[]): string {
  const lines = [`${name}:`];
  for (const item of items) {
    lines.push(item.kind === "label" ? `.L${name}_${item.label}:` : `  ${formatInst(item.inst, (l) => `.L${name}_${l}`)}`);
  }
  return lines.join("\n") + "\n";
}
