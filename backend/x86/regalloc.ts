// Linear-scan register allocation of an LFunction's virtual registers, with lifetime holes
// (Wimmer & Mössenböck) but without interval splitting.
//
// Consumes a verified LFunction. Produces an Allocation: for every vreg the function
// mentions, one location (a register or an 8-byte spill slot) that it keeps for its whole
// life, the callee-saved registers the prologue must save, and for each call the
// caller-saved registers codegen saves around it.
//
// Registers:
//  - rsp is the stack pointer and rbp the frame pointer (so gdb and perf can unwind).
//  - r10, r11 and xmm15 are never allocated: codegen uses them to reach spilled operands, to
//    break parallel-move cycles and to hold an indirect call's target. Neither r10/r11 nor
//    xmm15 carries arguments, so they are free at every call.
//  - Allocatable: rax rcx rdx rsi rdi r8 r9 (caller-saved, tried first), rbx r12-r15
//    (callee-saved), xmm0-xmm14.
//
// Design:
//  - Intervals (intervals.ts) are lists of ranges from exact liveness; instruction k reads
//    at 2k and writes at 2k+1. A register is free for the current interval if no interval
//    holding it intersects it: a holder in a lifetime hole lends its register.
//  - A vreg live across instruction k (live after it and not its result) may not hold what
//    k clobbers: a `call keep` (register-preserving stub) rax, idiv rax and rdx, a shift by a
//    vreg rcx; codegen may then clobber those registers freely at k. A plain call clobbers
//    every caller-saved register: a vreg live across a call at least as deep in loops as
//    its own uses stays out of them (callee-saved or spilled); across a call outside its
//    loops it may take one, and codegen saves it to a frame slot around that call.
//  - Hints: a vreg that meets an ABI register (parameter, call argument or result, return
//    value, idiv operand, shift count) prefers it when free, to save moves; failing that, a
//    vreg copied from another, or computed in place from it (x86's two-address forms),
//    prefers the source's register; and it avoids the register of the second operand of a
//    non-commutative operation (`sub` would need extra moves).
//  - Out of registers: spill whichever of the current interval and the one interval
//    blocking a register it may use ends last. Spill slots are reused once their last
//    occupant's interval has ended; the call save area follows them.
// Limits: no interval splitting, no rematerialisation, no use of loop depth in spill
// choices; a spilled vreg is spilled everywhere.
//
//   b0: params %0:g                  %0 = rdi  (hint: first integer argument)
//       call @f(%0:g) -> %1:g@rax    %0 dies at the call, so rdi is fine
//       call @g() -> %2:g@rax        %1 lives across this call: rbx, not rax
//       %3:g = add %1:g, %2:g        %2 = rax, %3 = rax (hint: the return below)
//       ret %3:g@rax

import type { LFunction, LInst, RegClass, VReg } from "../../compiler/lir/lir.js";
import { defs } from "../../compiler/lir/ops.js";
import { printFunction } from "../../compiler/lir/print.js";
import { CALLEE_SAVED_GPR } from "./abi.js";
import { type Gpr, type Reg, XMM } from "./inst.js";
import { CLOBBERED_BY_CALL, type Interval, buildIntervals } from "./intervals.js";

export const ALLOCATABLE: Record<RegClass, readonly Reg[]> = {
  gpr: ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "rbx", "r12", "r13", "r14", "r15"],
  xmm: XMM.slice(0, 15),
};

export type Location = { kind: "reg"; reg: Reg } | { kind: "spill"; slot: number };

/** A caller-saved register holding a value live across a call, and its save slot. */
export interface CallSave {
  reg: Reg;
  slot: number;
}

export interface Allocation {
  /** Indexed by vreg id; undefined for ids the function never mentions. */
  locations: (Location | undefined)[];
  /** Number of 8-byte spill slots the frame needs, the call save area included. */
  spillSlots: number;
  /** Callee-saved registers holding some vreg, in ALLOCATABLE order. */
  calleeSaved: Gpr[];
  /** Per call instruction: what codegen stores before it and reloads after it. */
  callSaves: Map<LInst, CallSave[]>;
}

/** The first range of `it` not ending before `pos` (which must not be past its end);
 *  positions only grow during the scan, so each interval keeps a cursor into its ranges. */
function rangeAt(it: Interval, pos: number): number {
  while (it.ranges[it.cursor].to < pos) it.cursor++;
  return it.cursor;
}

/** Whether `a` and `cur` share a position, looking only at a's ranges from cur's start on. */
function intersects(a: Interval, cur: Interval): boolean {
  if (a.end < cur.start || cur.end < a.start) return false;
  let i = rangeAt(a, cur.start);
  let j = 0;
  while (i < a.ranges.length && j < cur.ranges.length) {
    const ra = a.ranges[i];
    const rb = cur.ranges[j];
    if (ra.to < rb.from) i++;
    else if (rb.to < ra.from) j++;
    else return true;
  }
  return false;
}

export function allocateRegisters(f: LFunction): Allocation {
  const { intervals, calls } = buildIntervals(f);
  const loc = new Map<number, Location>();
  const regOf = (it: Interval) => (loc.get(it.vreg.id) as { reg: Reg }).reg;
  // Active intervals cover the current position; inactive ones are in a hole there.
  let active: Interval[] = [];
  let inactive: Interval[] = [];
  const slotEnds: number[] = []; // per spill slot: the end of its last occupant

  const spill = (it: Interval) => {
    let slot = slotEnds.findIndex((end) => end < it.start);
    if (slot < 0) slot = slotEnds.length;
    slotEnds[slot] = it.end;
    loc.set(it.vreg.id, { kind: "spill", slot });
  };

  for (const cur of intervals) {
    const pos = cur.start;
    const holders = [...active, ...inactive];
    active = [];
    inactive = [];
    for (const it of holders) {
      if (it.end < pos) continue;
      if (it.ranges[rangeAt(it, pos)].from <= pos) active.push(it);
      else inactive.push(it);
    }
    const blocking = [...active, ...inactive.filter((it) => intersects(it, cur))];
    const taken = new Set(blocking.map(regOf));
    const allowed = (r: Reg) => !cur.forbidden.has(r) && !taken.has(r);
    const source = cur.copyOf === undefined ? undefined : loc.get(cur.copyOf);
    const preferred = [cur.hint, source?.kind === "reg" ? source.reg : undefined]
      .filter((r): r is Reg => r !== undefined && ALLOCATABLE[cur.vreg.cls].includes(r));
    const avoided = cur.avoid === undefined ? undefined : loc.get(cur.avoid);
    const choice = preferred.find(allowed)
      ?? ALLOCATABLE[cur.vreg.cls].find((r) => allowed(r) && !(avoided?.kind === "reg" && avoided.reg === r))
      ?? ALLOCATABLE[cur.vreg.cls].find(allowed);
    if (choice) {
      loc.set(cur.vreg.id, { kind: "reg", reg: choice });
      active.push(cur);
      continue;
    }
    // Steal a register blocked by a single interval that ends last, if it outlives this one.
    let victim: Interval | undefined;
    for (const r of ALLOCATABLE[cur.vreg.cls]) {
      const holding = blocking.filter((it) => regOf(it) === r);
      if (cur.forbidden.has(r) || holding.length !== 1) continue;
      if (!victim || holding[0].end > victim.end) victim = holding[0];
    }
    if (victim && victim.end > cur.end) {
      loc.set(cur.vreg.id, loc.get(victim.vreg.id)!);
      active = active.filter((it) => it !== victim);
      inactive = inactive.filter((it) => it !== victim);
      active.push(cur);
      spill(victim);
    } else {
      spill(cur);
    }
  }

  // Each call saves the caller-saved registers holding values live across it.
  const callSaves = new Map<LInst, CallSave[]>();
  let saveSlots = 0;
  const order = [...ALLOCATABLE.gpr, ...ALLOCATABLE.xmm];
  for (const call of calls) {
    const regs = call.live.flatMap((id) => {
      const l = loc.get(id)!;
      return l.kind === "reg" && CLOBBERED_BY_CALL.has(l.reg) ? [l.reg] : [];
    }).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (regs.length) callSaves.set(call.inst, regs.map((reg, k) => ({ reg, slot: slotEnds.length + k })));
    saveSlots = Math.max(saveSlots, regs.length);
  }

  const locations: (Location | undefined)[] = new Array(f.nextVReg).fill(undefined);
  for (const [id, l] of loc) locations[id] = l;
  const used = new Set([...loc.values()].flatMap((l) => (l.kind === "reg" ? [l.reg] : [])));
  return {
    locations,
    spillSlots: slotEnds.length + saveSlots,
    calleeSaved: CALLEE_SAVED_GPR.filter((r) => used.has(r)),
    callSaves,
  };
}

/** The function with each instruction's results' locations as comments (`--dump=lir:after-ra`),
 *  and at a call the registers saved around it:
 *    %1:g = add %0:g, 1  ; %1=rax
 *    call @f() -> %2:g@rax  ; %2=rax keeps rdi@spill0 */
export function printAllocation(f: LFunction, a: Allocation): string {
  const where = (v: VReg) => {
    const l = a.locations[v.id];
    return !l ? "none" : l.kind === "reg" ? l.reg : `spill${l.slot}`;
  };
  const blocks = new Map(f.blocks.map((b) => [b.id, b]));
  return printFunction(f, (site) => {
    if (site.block === undefined) return `saves ${a.calleeSaved.join(" ") || "nothing"}; ${a.spillSlots} spill slots`;
    if (site.index === undefined) return undefined;
    const inst = blocks.get(site.block)!.insts[site.index];
    const notes = defs(inst).map((v) => `%${v.id}=${where(v)}`);
    const saves = a.callSaves.get(inst);
    if (saves) notes.push(`keeps ${saves.map((s) => `${s.reg}@spill${s.slot}`).join(" ")}`);
    return notes.length ? notes.join(" ") : undefined;
  });
}
