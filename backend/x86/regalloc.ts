// Linear-scan register allocation (Poletto & Sarkar) of an LFunction's virtual registers.
//
// Consumes a verified LFunction. Produces an Allocation: for every vreg the function
// mentions, one location (a register or an 8-byte spill slot) that it keeps for its whole
// life, plus the callee-saved registers the prologue must save.
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
//  - Instructions are numbered in block layout order; instruction k reads its operands at
//    2k and writes its results at 2k+1, so an operand that dies at k can share a register
//    with k's result. A vreg's interval is [first, last] position where it is live, read or
//    written (liveness over the CFG, loops included); holes are ignored, which is
//    conservative.
//  - A vreg live across instruction k (live after it, by exact liveness within the block,
//    and not its result) may not hold what k clobbers: a call the caller-saved registers (so
//    a double live across a call spills), a `call keep` (register-preserving stub) only
//    rax, idiv rax and rdx, a shift by a vreg rcx. Codegen may then clobber those registers
//    freely at k (a vreg whose interval spans k with a hole there is dead at k).
//  - Hints: a vreg that meets an ABI register (parameter, call argument or result, return
//    value, idiv operand, shift count) prefers it when free, to save moves; failing that, a
//    vreg copied from another prefers the source's register (free when the source dies).
//  - Out of registers: spill whichever of the current and the active intervals (that hold
//    a register the current one may use) ends last. Spill slots are reused once their last
//    occupant's interval has ended.
// Limits: no interval splitting, no rematerialisation, no use of loop depth in spill
// choices; a spilled vreg is spilled everywhere.
//
//   b0: params %0:g                  %0 = rdi  (hint: first integer argument)
//       call @f(%0:g) -> %1:g@rax    %0 dies at the call, so rdi is fine
//       call @g() -> %2:g@rax        %1 lives across this call: rbx, not rax
//       %3:g = add %1:g, %2:g        %2 = rax, %3 = rax (hint: the return below)
//       ret %3:g@rax

import type { LFunction, LInst, RegClass, VReg } from "../../compiler/lir/lir.js";
import { liveness } from "../../compiler/lir/liveness.js";
import { callsOut, defs, keepsRegisters, uses } from "../../compiler/lir/ops.js";
import { printFunction } from "../../compiler/lir/print.js";
import { CALLEE_SAVED_GPR, CALLER_SAVED_GPR, classifyArgs } from "./abi.js";
import { type Gpr, type Reg, XMM } from "./inst.js";

export const ALLOCATABLE: Record<RegClass, readonly Reg[]> = {
  gpr: ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "rbx", "r12", "r13", "r14", "r15"],
  xmm: XMM.slice(0, 15),
};

export type Location = { kind: "reg"; reg: Reg } | { kind: "spill"; slot: number };

export interface Allocation {
  /** Indexed by vreg id; undefined for ids the function never mentions. */
  locations: (Location | undefined)[];
  /** Number of 8-byte spill slots the frame needs. */
  spillSlots: number;
  /** Callee-saved registers holding some vreg, in ALLOCATABLE order. */
  calleeSaved: Gpr[];
}

interface Interval {
  vreg: VReg;
  start: number;
  end: number;
  forbidden: Set<Reg>;
  hint?: Reg;
  /** The source of a copy into this vreg: its register is the next best choice. */
  copyOf?: number;
  loc?: Location;
}

const CLOBBERED_BY_CALL = new Set<Reg>([...CALLER_SAVED_GPR, ...XMM]);
const CLOBBERED_BY_IDIV = new Set<Reg>(["rax", "rdx"]);
// The stub keeps every register, and codegen saves the argument registers it loads.
const CLOBBERED_BY_KEEP = new Set<Reg>(["rax"]);
const CLOBBERED_BY_SHIFT = new Set<Reg>(["rcx"]);

const isVariableShift = (i: LInst) =>
  i.op === "binop" && (i.kind === "shl" || i.kind === "sar" || i.kind === "shr") && typeof i.b !== "bigint";

/** ABI registers each vreg meets, first one wins. */
function hintFor(i: LInst): [VReg, Reg][] {
  const argHints = (vs: VReg[]) =>
    classifyArgs(vs.map((v) => v.cls)).locs.flatMap((l, k): [VReg, Reg][] => (l.kind === "reg" ? [[vs[k], l.reg]] : []));
  switch (i.op) {
    case "params": return argHints(i.dsts);
    case "call": return [...argHints(i.args), ...i.results.map((r): [VReg, Reg] => [r.dst, r.loc])];
    case "ret": return i.values.flatMap((v): [VReg, Reg][] => (typeof v.src === "bigint" ? [] : [[v.src, v.loc]]));
    case "idiv": return [[i.a, "rax"], ...(i.quot ? [[i.quot, "rax"] as [VReg, Reg]] : []), ...(i.rem ? [[i.rem, "rdx"] as [VReg, Reg]] : [])];
    case "binop": return isVariableShift(i) ? [[i.b as VReg, "rcx"]] : [];
    default: return [];
  }
}

/** The registers an instruction clobbers, for values live across it. */
function clobbered(i: LInst): Set<Reg> | undefined {
  if (callsOut(i)) return CLOBBERED_BY_CALL;
  if (keepsRegisters(i)) return CLOBBERED_BY_KEEP;
  if (i.op === "idiv") return CLOBBERED_BY_IDIV;
  if (isVariableShift(i)) return CLOBBERED_BY_SHIFT;
  return undefined;
}

function buildIntervals(f: LFunction): Interval[] {
  const { liveIn, liveOut } = liveness(f);
  const byId = new Map<number, Interval>();
  const touch = (v: VReg, pos: number) => {
    const it = byId.get(v.id);
    if (!it) byId.set(v.id, { vreg: v, start: pos, end: pos, forbidden: new Set() });
    else {
      it.start = Math.min(it.start, pos);
      it.end = Math.max(it.end, pos);
    }
  };
  const hints = new Map<number, Reg>();
  const copies = new Map<number, number>();
  let k = 0;
  for (const b of f.blocks) {
    for (const inst of b.insts) {
      for (const v of uses(inst)) touch(v, 2 * k);
      for (const v of defs(inst)) touch(v, 2 * k + 1);
      for (const [v, r] of hintFor(inst)) if (!hints.has(v.id)) hints.set(v.id, r);
      if (inst.op === "mov" && !copies.has(inst.dst.id)) copies.set(inst.dst.id, inst.src.id);
      k++;
    }
  }
  // A vreg live into or out of a block is live at the block's first or last position.
  k = 0;
  for (const b of f.blocks) {
    for (const id of liveIn.get(b.id)!) touch(byId.get(id)!.vreg, 2 * k);
    k += b.insts.length;
    for (const id of liveOut.get(b.id)!) touch(byId.get(id)!.vreg, 2 * k - 1);
  }

  const intervals = [...byId.values()];
  for (const it of intervals) {
    it.hint = hints.get(it.vreg.id);
    it.copyOf = copies.get(it.vreg.id);
  }
  // A vreg live across a clobbering instruction (live after it and not its result) may not
  // hold what it clobbers. Liveness inside each block is exact, so a value used only on a
  // cold error path is not barred from caller-saved registers by calls elsewhere.
  for (const b of f.blocks) {
    const live = new Set(liveOut.get(b.id)!);
    for (let n = b.insts.length - 1; n >= 0; n--) {
      const inst = b.insts[n];
      const results = defs(inst);
      for (const v of results) live.delete(v.id);
      const regs = clobbered(inst);
      if (regs) for (const id of live) for (const r of regs) byId.get(id)!.forbidden.add(r);
      for (const v of uses(inst)) live.add(v.id);
    }
  }
  return intervals.sort((a, b) => a.start - b.start || a.vreg.id - b.vreg.id);
}

export function allocateRegisters(f: LFunction): Allocation {
  const intervals = buildIntervals(f);
  const byId = new Map(intervals.map((it) => [it.vreg.id, it]));
  const active: Interval[] = [];
  const slotEnds: number[] = []; // per spill slot: the end of its last occupant

  const spill = (it: Interval) => {
    let slot = slotEnds.findIndex((end) => end < it.start);
    if (slot < 0) slot = slotEnds.length;
    slotEnds[slot] = it.end;
    it.loc = { kind: "spill", slot };
  };

  for (const cur of intervals) {
    for (let a = active.length - 1; a >= 0; a--) if (active[a].end < cur.start) active.splice(a, 1);
    const taken = new Set(active.map((a) => (a.loc as { reg: Reg }).reg));
    const allowed = (r: Reg) => !cur.forbidden.has(r) && !taken.has(r);
    const source = cur.copyOf === undefined ? undefined : byId.get(cur.copyOf)?.loc;
    const preferred = [cur.hint, source?.kind === "reg" ? source.reg : undefined]
      .filter((r): r is Reg => r !== undefined && ALLOCATABLE[cur.vreg.cls].includes(r));
    const choice = preferred.find(allowed) ?? ALLOCATABLE[cur.vreg.cls].find(allowed);
    if (choice) {
      cur.loc = { kind: "reg", reg: choice };
      active.push(cur);
      continue;
    }
    // Steal from the active interval that ends last, if it outlives the current one.
    let victim: Interval | undefined;
    for (const a of active) {
      const reg = (a.loc as { reg: Reg }).reg;
      if (a.vreg.cls === cur.vreg.cls && !cur.forbidden.has(reg) && (!victim || a.end > victim.end)) victim = a;
    }
    if (victim && victim.end > cur.end) {
      cur.loc = victim.loc;
      active.splice(active.indexOf(victim), 1, cur);
      spill(victim);
    } else {
      spill(cur);
    }
  }

  const locations: (Location | undefined)[] = new Array(f.nextVReg).fill(undefined);
  for (const it of intervals) locations[it.vreg.id] = it.loc;
  const used = new Set(intervals.flatMap((it) => (it.loc?.kind === "reg" ? [it.loc.reg] : [])));
  return {
    locations,
    spillSlots: slotEnds.length,
    calleeSaved: CALLEE_SAVED_GPR.filter((r) => used.has(r)),
  };
}

/** The function with each instruction's results' locations as comments (`--dump=lir:after-ra`):
 *    %1:g = add %0:g, 1  ; %1=rax */
export function printAllocation(f: LFunction, a: Allocation): string {
  const where = (v: VReg) => {
    const l = a.locations[v.id];
    return !l ? "none" : l.kind === "reg" ? l.reg : `spill${l.slot}`;
  };
  const blocks = new Map(f.blocks.map((b) => [b.id, b]));
  return printFunction(f, (site) => {
    if (site.block === undefined) return `saves ${a.calleeSaved.join(" ") || "nothing"}; ${a.spillSlots} spill slots`;
    if (site.index === undefined) return undefined;
    const results = defs(blocks.get(site.block)!.insts[site.index]);
    return results.length ? results.map((v) => `%${v.id}=${where(v)}`).join(" ") : undefined;
  });
}
