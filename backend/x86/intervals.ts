// Live intervals of an LFunction's virtual registers, the input of linear scan (regalloc.ts).
//
// Consumes a verified LFunction. Produces, per vreg, its live ranges with lifetime holes,
// the registers it may not hold, its ABI hint, and the calls it lives across.
// Positions: instructions are numbered in block layout order; instruction k reads its
// operands at 2k and writes its results at 2k+1, so an operand that dies at k can share a
// register with k's result. Ranges come from exact liveness (blocks backwards, as in
// Wimmer & Mössenböck): a vreg is in a hole wherever it is dead, e.g. in a loop between its
// last use and the next assignment, or in a hot loop it does not cross to reach the cold
// error blocks laid out last.
//
//   0 b0: %0:g = movi 1          %0: [1, 3]
//   1     %1:g = add %0:g, 1     %1: [3, 5]
//   2     ret %1:g@rax

import type { BlockId, LFunction, LInst, VReg } from "../../compiler/lir/lir.js";
import { liveness } from "../../compiler/lir/liveness.js";
import { callsOut, defs, keepsRegisters, uses } from "../../compiler/lir/ops.js";
import { CALLER_SAVED_GPR, classifyArgs } from "./abi.js";
import { COMMUTATIVE, type Reg, XMM } from "./inst.js";
import { loopDepths } from "./loop-depth.js";

/** Positions from..to, both included. */
export interface Range {
  from: number;
  to: number;
}

export interface Interval {
  vreg: VReg;
  /** Sorted and disjoint; a gap between two ranges is a lifetime hole. */
  ranges: Range[];
  start: number;
  end: number;
  forbidden: Set<Reg>;
  hint?: Reg;
  /** The source of a copy into this vreg, or the first operand of the two-address
   *  operation computing it: its register is the next best choice. */
  copyOf?: number;
  /** The second operand of the non-commutative operation computing this vreg: sharing its
   *  register costs codegen extra moves. */
  avoid?: number;
  /** Linear scan's position in `ranges`: ranges before it ended before the current one. */
  cursor: number;
  /** Deepest loop nesting of a block that reads or writes the vreg. */
  useDepth: number;
}

/** A call and the vregs live across it (live after it, not its results): codegen saves
 *  those in caller-saved registers around it. */
export interface CallSite {
  inst: LInst;
  live: number[];
}

export const CLOBBERED_BY_CALL = new Set<Reg>([...CALLER_SAVED_GPR, ...XMM]);
const CLOBBERED_BY_IDIV = new Set<Reg>(["rax", "rdx"]);
// The stub keeps every register, and codegen saves the argument registers it loads.
const CLOBBERED_BY_KEEP = new Set<Reg>(["rax"]);
const CLOBBERED_BY_SHIFT = new Set<Reg>(["rcx"]);

export const isVariableShift = (i: LInst) =>
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

/** dst and the operand it is computed in place from (x86 two-address forms), if any. */
function copySource(i: LInst): { dst: VReg; src: VReg } | undefined {
  switch (i.op) {
    case "mov": return { dst: i.dst, src: i.src };
    case "binop": case "fbinop": case "unop": return { dst: i.dst, src: i.a };
    default: return undefined;
  }
}

/** What an instruction other than a call clobbers, for values live across it. */
function clobbered(i: LInst): Set<Reg> | undefined {
  if (keepsRegisters(i)) return CLOBBERED_BY_KEEP;
  if (i.op === "idiv") return CLOBBERED_BY_IDIV;
  if (isVariableShift(i)) return CLOBBERED_BY_SHIFT;
  return undefined;
}

export function buildIntervals(f: LFunction): { intervals: Interval[]; calls: CallSite[] } {
  const { liveOut } = liveness(f);
  const depths = loopDepths(f);
  const byId = new Map<number, Interval>();
  const hints = new Map<number, Reg>();
  const copies = new Map<number, number>();
  const avoids = new Map<number, number>();
  for (const b of f.blocks) {
    for (const inst of b.insts) {
      for (const v of [...uses(inst), ...defs(inst)]) {
        if (!byId.has(v.id)) byId.set(v.id, { vreg: v, ranges: [], start: 0, end: 0, forbidden: new Set(), cursor: 0, useDepth: 0 });
      }
      for (const [v, r] of hintFor(inst)) if (!hints.has(v.id)) hints.set(v.id, r);
      const source = copySource(inst);
      if (source && !copies.has(source.dst.id)) copies.set(source.dst.id, source.src.id);
      if ((inst.op === "binop" || inst.op === "fbinop") && !COMMUTATIVE.has(inst.kind) && typeof inst.b !== "bigint") {
        avoids.set(inst.dst.id, inst.b.id);
      }
    }
  }
  const intervalOf = (v: VReg) => byId.get(v.id)!;
  // Ranges are built backwards, so each list is kept in reverse (earliest last) until the end.
  const addRange = (v: VReg, from: number, to: number) => {
    const rs = intervalOf(v).ranges;
    const first = rs[rs.length - 1];
    if (first && first.from <= to + 1) first.from = Math.min(first.from, from);
    else rs.push({ from, to });
  };

  const calls: { site: CallSite; depth: number }[] = [];
  const starts = new Map<BlockId, number>();
  let k = 0;
  for (const b of f.blocks) {
    starts.set(b.id, k);
    k += b.insts.length;
  }
  for (let n = f.blocks.length - 1; n >= 0; n--) {
    const b = f.blocks[n];
    const depth = depths.get(b.id)!;
    const first = starts.get(b.id)!;
    const blockFrom = 2 * first;
    const live = new Set<number>();
    for (const id of liveOut.get(b.id)!) {
      live.add(id);
      addRange(byId.get(id)!.vreg, blockFrom, 2 * (first + b.insts.length) - 1);
    }
    for (let j = b.insts.length - 1; j >= 0; j--) {
      const inst = b.insts[j];
      const pos = 2 * (first + j);
      for (const v of defs(inst)) {
        const it = intervalOf(v);
        it.useDepth = Math.max(it.useDepth, depth);
        if (live.delete(v.id)) it.ranges[it.ranges.length - 1].from = pos + 1;
        else addRange(v, pos + 1, pos + 1);
      }
      if (callsOut(inst)) calls.push({ site: { inst, live: [...live] }, depth });
      const regs = clobbered(inst);
      if (regs) for (const id of live) for (const r of regs) byId.get(id)!.forbidden.add(r);
      for (const v of uses(inst)) {
        const it = intervalOf(v);
        it.useDepth = Math.max(it.useDepth, depth);
        live.add(v.id);
        addRange(v, blockFrom, pos);
      }
    }
  }

  // A call at least as deep in loops as a value's uses runs about as often as the value is
  // used: keep the value out of what the call clobbers. A call outside the value's loops
  // (setup before a loop, or a slow path) is cheaper to save the value around.
  for (const { site, depth } of calls) {
    for (const id of site.live) {
      const it = byId.get(id)!;
      if (depth >= it.useDepth) for (const r of CLOBBERED_BY_CALL) it.forbidden.add(r);
    }
  }

  const intervals = [...byId.values()];
  for (const it of intervals) {
    it.ranges.reverse();
    it.start = it.ranges[0].from;
    it.end = it.ranges[it.ranges.length - 1].to;
    it.hint = hints.get(it.vreg.id);
    it.copyOf = copies.get(it.vreg.id);
    it.avoid = avoids.get(it.vreg.id);
  }
  intervals.sort((a, b) => a.start - b.start || a.vreg.id - b.vreg.id);
  return { intervals, calls: calls.map((c) => c.site) };
}
