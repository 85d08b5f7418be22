// Parallel moves: a set of copies that happen "at once", as at a call (arguments into ABI
// registers), at entry (incoming arguments into their allocated homes), after a call
// (results out of rax/rdx/xmm0) and at a return. Sequentialised so no source is overwritten
// before it is read; cycles (rdi <-> rsi) go through a scratch register.
//
// Consumes moves between registers, rbp/rsp-relative stack words and immediates; produces
// x86 instructions. Invariants: destinations are distinct; a register move never mixes
// classes. Scratch registers: r10 (gpr cycles) and xmm15 (xmm cycles); r11 copies stack to
// stack and wide immediates to the stack, so it may be a destination only in a move set
// without stack destinations.
//
//   { rdi <- rsi, rsi <- rdi, rdx <- 5 }  ->  mov r10, rdi; mov rdi, rsi; mov rsi, r10; mov rdx, 5
//   (the move order may differ; the result does not)

import { InternalError } from "../../compiler/diagnostics.js";
import type { RegClass } from "../../compiler/lir/lir.js";
import { type Gpr, type Inst, type Operand, type Reg, imm, isXmm, mem, reg } from "./inst.js";

export type MoveLoc = { kind: "reg"; reg: Reg } | { kind: "stack"; base: "rbp" | "rsp"; disp: number };
export type MoveSrc = MoveLoc | { kind: "imm"; value: bigint };

export interface Move {
  dst: MoveLoc;
  src: MoveSrc;
}

export const CYCLE_SCRATCH: Record<RegClass, Reg> = { gpr: "r10", xmm: "xmm15" };
export const STACK_SCRATCH: Gpr = "r11";

export function operandOf(l: MoveLoc): Operand {
  return l.kind === "reg" ? reg(l.reg) : mem({ base: l.base, disp: l.disp });
}

export function sameLoc(a: MoveSrc, b: MoveLoc): boolean {
  if (a.kind === "reg" && b.kind === "reg") return a.reg === b.reg;
  return a.kind === "stack" && b.kind === "stack" && a.base === b.base && a.disp === b.disp;
}

const fitsImm32 = (v: bigint) => v >= -(2n ** 31n) && v < 2n ** 31n;

/** One copy, via r11 when x86 has no direct form (stack to stack, wide immediate to stack). */
export function emitMove(dst: MoveLoc, src: MoveSrc, emit: (i: Inst) => void): void {
  if (sameLoc(src, dst)) return;
  const mov = (d: Operand, s: Operand, xmm: boolean) =>
    emit({ mnemonic: !xmm ? "mov" : d.kind === "reg" && s.kind === "reg" ? "movapd" : "movsd", size: 64, operands: [d, s] });
  if (src.kind === "imm") {
    if (dst.kind === "reg" && isXmm(dst.reg)) throw new InternalError("codegen", "an immediate cannot move into an xmm register");
    if (dst.kind === "reg" || fitsImm32(src.value)) return mov(operandOf(dst), imm(src.value), false);
    mov(reg(STACK_SCRATCH), imm(src.value), false);
    return mov(operandOf(dst), reg(STACK_SCRATCH), false);
  }
  if (src.kind === "stack" && dst.kind === "stack") {
    mov(reg(STACK_SCRATCH), operandOf(src), false);
    return mov(operandOf(dst), reg(STACK_SCRATCH), false);
  }
  const xmm = (src.kind === "reg" && isXmm(src.reg)) || (dst.kind === "reg" && isXmm(dst.reg));
  mov(operandOf(dst), operandOf(src), xmm);
}

export function emitParallelMove(moves: Move[], emit: (i: Inst) => void): void {
  const pending = moves.filter((m) => !sameLoc(m.src, m.dst)).map((m) => ({ ...m }));
  const isRead = (l: MoveLoc, except: Move) => pending.some((o) => o !== except && sameLoc(o.src, l));
  while (pending.length > 0) {
    const ready = pending.findIndex((m) => !isRead(m.dst, m));
    if (ready >= 0) {
      const [m] = pending.splice(ready, 1);
      emitMove(m.dst, m.src, emit);
      continue;
    }
    // Every destination is still to be read: all remaining moves form cycles. Park one
    // destination's value in the scratch register and let its readers take it from there.
    const blocked = pending[0].dst;
    if (blocked.kind !== "reg") throw new InternalError("codegen", "parallel move cycle through the stack");
    const scratch: MoveLoc = { kind: "reg", reg: CYCLE_SCRATCH[isXmm(blocked.reg) ? "xmm" : "gpr"] };
    emitMove(scratch, blocked, emit);
    for (const o of pending) if (sameLoc(o.src, blocked)) o.src = scratch;
  }
}
