// The SysV x86-64 calling convention as far as compiled code needs it: which registers carry
// arguments and results, which ones a call clobbers, and where each argument of a list goes.
//
// Consumes register classes of an argument list in order; produces their locations.
// Invariant: integer-class and xmm-class arguments take registers from separate sequences;
// once a sequence runs out, its arguments go to 8-byte stack words in argument order.
//
//   classifyArgs(["gpr", "xmm", "gpr"]) = [rdi, xmm0, rsi], no stack words

import type { RegClass } from "../../compiler/lir/lir.js";
import { type Gpr, type Reg, type Xmm, XMM } from "./inst.js";

export const INT_ARG_REGS: readonly Gpr[] = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];
export const XMM_ARG_REGS: readonly Xmm[] = XMM.slice(0, 8);
export const CALLER_SAVED_GPR: readonly Gpr[] = ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"];
/** rbp is callee-saved too, but it is always the frame pointer. */
export const CALLEE_SAVED_GPR: readonly Gpr[] = ["rbx", "r12", "r13", "r14", "r15"];

/** An argument's place: a register, or the k-th 8-byte word of the stack argument area
 *  (at [rsp + 8k] just before the call, [rbp + 16 + 8k] in the callee). */
export type ArgLoc = { kind: "reg"; reg: Reg } | { kind: "stack"; word: number };

export function classifyArgs(classes: RegClass[]): { locs: ArgLoc[]; stackWords: number } {
  let ints = 0;
  let xmms = 0;
  let stackWords = 0;
  const locs = classes.map((cls): ArgLoc => {
    if (cls === "gpr" && ints < INT_ARG_REGS.length) return { kind: "reg", reg: INT_ARG_REGS[ints++] };
    if (cls === "xmm" && xmms < XMM_ARG_REGS.length) return { kind: "reg", reg: XMM_ARG_REGS[xmms++] };
    return { kind: "stack", word: stackWords++ };
  });
  return { locs, stackWords };
}
