// x86-64 code generation: LIR with allocated registers -> machine instructions.
//
// Consumes a verified LFunction; runs the register allocator (regalloc.ts), lays out the
// frame (frame.ts) and produces AsmItems for the encoder (encode.ts) or the asm printer.
// Invariants kept:
//  - rbp is the frame pointer; rsp is 16-byte aligned between prologue and epilogue.
//  - Block labels are block ids; labels made here (incref/decref skips) are numbered past
//    the largest block id, so they never collide. Jumps to the next block are left out.
//  - Spilled operands are reached through r10/r11/xmm15 (never allocated); instructions that
//    clobber fixed registers (call, decref, idiv, variable shifts) rely on the allocator
//    having kept values that live across them out of those registers, except the ones it
//    lists per call (Allocation.callSaves): those are stored to the frame before the
//    arguments are placed and reloaded after the results are taken.
//  - Every ret runs its own epilogue.
//
//   b0: params %0:g             push rbp; mov rbp, rsp
//       %1:g = add %0:g, 1      mov rax, rdi        (%0 = rdi, %1 = rax)
//       ret %1:g@rax            add rax, 1; pop rbp; ret     (mov rsp, rbp only with a frame)

import { InternalError } from "../../compiler/diagnostics.js";
import type { Cond as LirCond, FCond, LFunction, LInst, VReg } from "../../compiler/lir/lir.js";
import { successors } from "../../compiler/lir/ops.js";
import { threadJumps } from "../../compiler/lir/jumps.js";
import { LAYOUT, cfunction } from "../../compiler/runtime.js";
import { classifyArgs } from "./abi.js";
import { type Frame, layoutFrame } from "./frame.js";
import { type AsmItem, COMMUTATIVE, type Cond, type Gpr, type Inst, type Operand, type Reg, got, imm, isXmm, label, mem, reg, rip, sym, tls } from "./inst.js";
import { type Move, type MoveLoc, type MoveSrc, emitMove, emitParallelMove, operandOf, sameLoc } from "./parallel-move.js";
import { type Allocation, type CallSave, allocateRegisters } from "./regalloc.js";

const INT_COND: Record<LirCond, Cond> = {
  eq: "e", ne: "ne", lt: "l", le: "le", gt: "g", ge: "ge", ult: "b", ule: "be", ugt: "a", uge: "ae",
};
const NEGATED: Record<Cond, Cond> = {
  o: "no", no: "o", b: "ae", ae: "b", e: "ne", ne: "e", be: "a", a: "be",
  s: "ns", ns: "s", p: "np", np: "p", l: "ge", ge: "l", le: "g", g: "le",
};
const SHIFTS = new Set(["shl", "sar", "shr"]);
const DECREF_DEALLOC = cfunction("CSR_Decref_Dealloc").name;
const CALL_KEEPING_REGISTERS = cfunction("CSR_Call_KeepingRegisters").name;

const fitsImm32 = (v: bigint) => v >= -(2n ** 31n) && v < 2n ** 31n;

export function generate(f: LFunction): AsmItem[] {
  const alloc = allocateRegisters(f);
  // Copies between vregs that got the same location emit nothing: without them, more blocks
  // only jump on, and threading skips them.
  for (const b of f.blocks) b.insts = b.insts.filter((i) => i.op !== "mov" || !sameAllocation(alloc, i.dst, i.src));
  threadJumps(f);
  return new FunctionCodegen(f, alloc).run();
}

function sameAllocation(a: Allocation, x: VReg, y: VReg): boolean {
  const [p, q] = [a.locations[x.id], a.locations[y.id]];
  if (!p || !q || p.kind !== q.kind) return false;
  return p.kind === "reg" ? p.reg === (q as typeof p).reg : p.slot === (q as typeof p).slot;
}

class FunctionCodegen {
  private readonly items: AsmItem[] = [];
  private readonly frame: Frame;
  private nextLabel: number;
  private readonly emitInst = (i: Inst) => this.items.push({ kind: "inst", inst: i });

  constructor(private readonly f: LFunction, private readonly alloc: Allocation) {
    const outgoing = Math.max(0, ...f.blocks.flatMap((b) => b.insts).map((i) =>
      i.op === "call" ? classifyArgs(i.args.map((a) => a.cls)).stackWords : 0));
    this.frame = layoutFrame(alloc.calleeSaved, alloc.spillSlots, f.slots, outgoing);
    this.nextLabel = Math.max(...f.blocks.map((b) => b.id)) + 1;
  }

  run(): AsmItem[] {
    this.prologue();
    const targets = new Set(this.f.blocks.flatMap((b) => successors(b.insts[b.insts.length - 1]) ?? []));
    this.f.blocks.forEach((b, k) => {
      if (targets.has(b.id)) this.items.push({ kind: "label", label: b.id });
      const next = this.f.blocks[k + 1]?.id;
      for (const inst of b.insts) this.instruction(inst, next);
    });
    return this.items;
  }

  // ---- emission helpers ----

  private emit(mnemonic: string, size: Inst["size"], ...operands: Operand[]): void {
    this.emitInst({ mnemonic, size, operands });
  }
  private newLabel(): number {
    return this.nextLabel++;
  }
  private loc(v: VReg): MoveLoc {
    const l = this.alloc.locations[v.id];
    if (!l) throw new InternalError("codegen", `%${v.id} has no location`, this.f.name);
    return l.kind === "reg" ? l : { kind: "stack", base: "rbp", disp: this.frame.spillDisp(l.slot) };
  }
  private op(v: VReg): Operand {
    return operandOf(this.loc(v));
  }
  private move(dst: MoveLoc, src: MoveSrc): void {
    emitMove(dst, src, this.emitInst);
  }
  /** v's register, or `scratch` after loading v into it. */
  private input(v: VReg, scratch: Reg): Reg {
    const l = this.loc(v);
    if (l.kind === "reg") return l.reg;
    this.move({ kind: "reg", reg: scratch }, l);
    return scratch;
  }
  /** The register to compute v in: its own, or `scratch` (then `commit` stores it). */
  private output(v: VReg, scratch: Reg): Reg {
    const l = this.loc(v);
    return l.kind === "reg" ? l.reg : scratch;
  }
  private commit(v: VReg, r: Reg): void {
    this.move(this.loc(v), { kind: "reg", reg: r });
  }
  /** An integer operand: a register, a stack word, an imm32, or a wide immediate in r11. */
  private intOperand(x: VReg | bigint): Operand {
    if (typeof x !== "bigint") return this.op(x);
    const value = BigInt.asIntN(64, x);
    if (fitsImm32(value)) return imm(value);
    this.emit("mov", 64, reg("r11"), imm(value));
    return reg("r11");
  }

  // ---- frame ----

  private prologue(): void {
    this.emit("push", 64, reg("rbp"));
    this.emit("mov", 64, reg("rbp"), reg("rsp"));
    for (const r of this.frame.saved) this.emit("push", 64, reg(r));
    if (this.frame.size) this.emit("sub", 64, reg("rsp"), imm(this.frame.size));
  }

  private epilogue(): void {
    const saved = this.frame.saved;
    if (saved.length && this.frame.size) this.emit("lea", 64, reg("rsp"), mem({ base: "rbp", disp: -8 * saved.length }));
    else if (this.frame.size) this.emit("mov", 64, reg("rsp"), reg("rbp"));
    for (const r of [...saved].reverse()) this.emit("pop", 64, reg(r));
    this.emit("pop", 64, reg("rbp"));
    this.emit("ret", 64);
  }

  // ---- instructions ----

  private instruction(i: LInst, next: number | undefined): void {
    switch (i.op) {
      case "mov": return this.move(this.loc(i.dst), this.loc(i.src));
      case "movi": return this.move(this.loc(i.dst), { kind: "imm", value: BigInt.asIntN(64, i.value) });
      case "movf": return this.movf(i.dst, i.value);
      case "load": return this.load(i);
      case "store": return this.store(i);
      case "loadsym": return this.toGpr(i.dst, (r) => this.emit("mov", 64, reg(r), rip(i.symbol, i.addend)));
      case "loadgot": return this.toGpr(i.dst, (r) => this.emit("mov", 64, reg(r), got(i.symbol)));
      case "lea": return this.toGpr(i.dst, (r) => this.emit("lea", 64, reg(r), rip(i.symbol, i.addend)));
      case "leaslot":
        return this.toGpr(i.dst, (r) => this.emit("lea", 64, reg(r), mem({ base: "rbp", disp: this.frame.slotDisp(i.slot) })));
      case "binop": return SHIFTS.has(i.kind) ? this.shift(i) : this.binop(i);
      case "sext": {
        const mnemonic = i.from === 8 ? "movsxb" : i.from === 16 ? "movsxw" : "movsxd";
        return this.toGpr(i.dst, (r) => this.emit(mnemonic, 64, reg(r), this.op(i.a)));
      }
      case "unop": {
        const r = this.output(i.dst, "r10");
        this.move({ kind: "reg", reg: r }, this.loc(i.a));
        this.emit(i.kind, 64, reg(r));
        return this.commit(i.dst, r);
      }
      case "idiv": return this.idiv(i);
      case "fbinop": return this.fbinop(i);
      case "i2f": {
        const x = this.output(i.dst, "xmm15");
        // cvtsi2sd keeps x's upper half: zeroing x first cuts the dependency on its old value.
        this.emit("xorpd", 64, reg(x), reg(x));
        this.emit("cvtsi2sd", 64, reg(x), this.op(i.a));
        return this.commit(i.dst, x);
      }
      case "setcc":
        this.compare(i.a, i.b);
        return this.toGpr(i.dst, (r) => this.setFlag(INT_COND[i.cond], r));
      case "fsetcc": return this.fsetcc(i);
      case "call": return this.call(i);
      case "incref": case "decref": return this.refcount(i);
      case "params": return this.params(i.dsts);
      case "jmp":
        if (i.target !== next) this.emit("jmp", 64, label(i.target));
        return;
      case "br":
        this.compare(i.a, i.b);
        return this.branch(INT_COND[i.cond], i.then, i.else, next);
      case "fbr":
        this.ucomisd(i);
        return this.branch(i.cond === "fgt" || i.cond === "flt" ? "a" : "ae", i.then, i.else, next);
      case "brstack":
        this.emit("mov", 64, reg("r11"), tls(i.symbol));
        this.emit("cmp", 64, reg("rsp"), reg("r11"));
        return this.branch("b", i.then, i.else, next);
      case "brtest": {
        const a = this.op(i.a);
        if (a.kind === "reg") this.emit("test", 64, a, a);
        else this.emit("cmp", 64, a, imm(0));
        return this.branch("ne", i.then, i.else, next);
      }
      case "ret":
        emitParallelMove(i.values.map((v): Move => ({
          dst: { kind: "reg", reg: v.loc },
          src: typeof v.src === "bigint" ? { kind: "imm", value: BigInt.asIntN(64, v.src) } : this.loc(v.src),
        })), this.emitInst);
        return this.epilogue();
    }
  }

  /** Compute a gpr result with `body(register)`, storing it if dst is spilled. */
  private toGpr(dst: VReg, body: (r: Gpr) => void): void {
    const r = this.output(dst, "r10") as Gpr;
    body(r);
    this.commit(dst, r);
  }

  private movf(dst: VReg, value: number): void {
    const bits = new BigInt64Array(new Float64Array([value]).buffer)[0];
    const d = this.loc(dst);
    if (d.kind === "stack") return this.move(d, { kind: "imm", value: bits });
    if (bits === 0n) return this.emit("xorpd", 64, reg(d.reg), reg(d.reg));
    this.emit("mov", 64, reg("r11"), imm(bits));
    this.emit("movq", 64, reg(d.reg), reg("r11"));
  }

  private load(i: Extract<LInst, { op: "load" }>): void {
    const base = this.input(i.base, "r11") as Gpr;
    const m = mem({ base, disp: i.disp });
    if (i.dst.cls === "xmm") {
      const x = this.output(i.dst, "xmm15");
      this.emit("movsd", 64, reg(x), m);
      return this.commit(i.dst, x);
    }
    const r = this.output(i.dst, "r10");
    // Zero-extending forms write the 32-bit register; the CPU clears bits 63..32.
    if (i.size === 64) this.emit("mov", 64, reg(r), m);
    else if (i.size === 32) this.emit(i.signed ? "movsxd" : "mov", i.signed ? 64 : 32, reg(r), m);
    else this.emit(`mov${i.signed ? "s" : "z"}x${i.size === 8 ? "b" : "w"}`, i.signed ? 64 : 32, reg(r), m);
    this.commit(i.dst, r);
  }

  private store(i: Extract<LInst, { op: "store" }>): void {
    const base = this.input(i.base, "r11") as Gpr;
    const m = mem({ base, disp: i.disp });
    if (typeof i.src === "bigint") return this.emit("mov", i.size, m, imm(BigInt.asIntN(Math.min(i.size, 32), i.src)));
    if (i.src.cls === "xmm") return this.emit("movsd", 64, m, reg(this.input(i.src, "xmm15")));
    this.emit("mov", i.size, m, reg(this.input(i.src, "r10")));
  }

  private binop(i: Extract<LInst, { op: "binop" }>): void {
    const b = this.intOperand(i.b);
    const apply = (r: Reg, operand: Operand) =>
      i.kind === "imul" && operand.kind === "imm" ? this.emit("imul", 64, reg(r), reg(r), operand) : this.emit(i.kind, 64, reg(r), operand);
    const d = this.loc(i.dst);
    const a = this.loc(i.a);
    if (d.kind === "reg" && b.kind === "reg" && b.reg === d.reg && !sameLoc(a, d)) {
      // dst shares b's register: reorder for commutative ops, negate for sub.
      if (COMMUTATIVE.has(i.kind)) return apply(d.reg, operandOf(a));
      this.emit("neg", 64, reg(d.reg));
      return this.emit("add", 64, reg(d.reg), operandOf(a));
    }
    const r = this.output(i.dst, "r10");
    this.move({ kind: "reg", reg: r }, a);
    apply(r, b);
    this.commit(i.dst, r);
  }

  private shift(i: Extract<LInst, { op: "binop" }>): void {
    if (typeof i.b === "bigint") {
      const count = i.b & 63n;
      return this.toGpr(i.dst, (r) => {
        this.move({ kind: "reg", reg: r }, this.loc(i.a));
        this.emit(i.kind, 64, reg(r), imm(count));
      });
    }
    // The count must be in cl; the allocator kept rcx free of values living across.
    const d = this.loc(i.dst);
    const count = this.loc(i.b);
    const r: Reg = d.kind === "reg" && d.reg !== "rcx" && !sameLoc(count, d) ? d.reg : "r10";
    this.move({ kind: "reg", reg: r }, this.loc(i.a));
    this.move({ kind: "reg", reg: "rcx" }, count);
    this.emit(i.kind, 64, reg(r), reg("rcx"));
    this.commit(i.dst, r);
  }

  private idiv(i: Extract<LInst, { op: "idiv" }>): void {
    let divisor = this.loc(i.b);
    if (divisor.kind === "reg" && (divisor.reg === "rax" || divisor.reg === "rdx")) {
      this.move({ kind: "reg", reg: "r11" }, divisor);
      divisor = { kind: "reg", reg: "r11" };
    }
    this.move({ kind: "reg", reg: "rax" }, this.loc(i.a));
    if (i.unsigned) {
      this.emit("xor", 32, reg("rdx"), reg("rdx"));
      this.emit("div", 64, operandOf(divisor));
    } else {
      this.emit("cqo", 64);
      this.emit("idiv", 64, operandOf(divisor));
    }
    const results: Move[] = [];
    if (i.quot) results.push({ dst: this.loc(i.quot), src: { kind: "reg", reg: "rax" } });
    if (i.rem) results.push({ dst: this.loc(i.rem), src: { kind: "reg", reg: "rdx" } });
    emitParallelMove(results, this.emitInst);
  }

  private fbinop(i: Extract<LInst, { op: "fbinop" }>): void {
    const d = this.loc(i.dst);
    const a = this.loc(i.a);
    const b = this.loc(i.b);
    if (d.kind === "reg" && sameLoc(b, d) && !sameLoc(a, d)) {
      if (COMMUTATIVE.has(i.kind)) return this.emit(i.kind, 64, reg(d.reg), operandOf(a));
      this.move({ kind: "reg", reg: "xmm15" }, a);
      this.emit(i.kind, 64, reg("xmm15"), reg(d.reg));
      return this.move(d, { kind: "reg", reg: "xmm15" });
    }
    const x = this.output(i.dst, "xmm15");
    if (i.kind === "sqrtsd") {
      // sqrtsd reads only b (the lowering passes a = b) but keeps x's upper half: a copy
      // into x first cuts the dependency on x's old value.
      this.move({ kind: "reg", reg: x }, b);
      this.emit(i.kind, 64, reg(x), reg(x));
    } else {
      this.move({ kind: "reg", reg: x }, a);
      this.emit(i.kind, 64, reg(x), operandOf(b));
    }
    this.commit(i.dst, x);
  }

  private compare(a: VReg, b: VReg | bigint): void {
    let left = this.op(a);
    const right = this.intOperand(b);
    if (left.kind === "mem" && right.kind === "mem") {
      this.emit("mov", 64, reg("r10"), left);
      left = reg("r10");
    }
    this.emit("cmp", 64, left, right);
  }

  /** r = flag ? 1 : 0 (setcc writes the low byte only). */
  private setFlag(cc: Cond, r: Reg): void {
    this.emit(`set${cc}`, 8, reg(r));
    this.emit("movzxb", 32, reg(r), reg(r));
  }

  // ucomisd sets ZF, PF and CF all to 1 when either side is NaN. a > b and a >= b are "above"
  // and "above or equal" (CF = 0, false on NaN); a < b and a <= b swap the operands. Equality
  // also needs PF = 0, inequality is ZF = 0 or PF = 1, so NaN != NaN is true as in Python.
  private fsetcc(i: Extract<LInst, { op: "fsetcc" }>): void {
    this.ucomisd(i);
    const cond: FCond = i.cond;
    this.toGpr(i.dst, (r) => {
      if (cond === "feq" || cond === "fne") {
        this.emit(cond === "feq" ? "sete" : "setne", 8, reg(r));
        this.emit(cond === "feq" ? "setnp" : "setp", 8, reg("r11"));
        this.emit(cond === "feq" ? "and" : "or", 8, reg(r), reg("r11"));
        this.emit("movzxb", 32, reg(r), reg(r));
      } else {
        this.setFlag(cond === "fgt" || cond === "flt" ? "a" : "ae", r);
      }
    });
  }

  private ucomisd(i: { cond: FCond; a: VReg; b: VReg }): void {
    const swap = i.cond === "flt" || i.cond === "fle";
    const [left, right] = swap ? [i.b, i.a] : [i.a, i.b];
    this.emit("ucomisd", 64, reg(this.input(left, "xmm15")), this.op(right));
  }

  private branch(cc: Cond, then: number, otherwise: number, next: number | undefined): void {
    if (then === otherwise) {
      if (then !== next) this.emit("jmp", 64, label(then));
    } else if (then === next) {
      this.emit(`j${NEGATED[cc]}`, 64, label(otherwise));
    } else {
      this.emit(`j${cc}`, 64, label(then));
      if (otherwise !== next) this.emit("jmp", 64, label(otherwise));
    }
  }

  // ---- calls and the ABI ----

  private params(dsts: VReg[]): void {
    const { locs } = classifyArgs(dsts.map((d) => d.cls));
    emitParallelMove(dsts.map((d, k): Move => {
      const l = locs[k];
      return { dst: this.loc(d), src: l.kind === "reg" ? l : { kind: "stack", base: "rbp", disp: 16 + 8 * l.word } };
    }), this.emitInst);
  }

  private call(i: Extract<LInst, { op: "call" }>): void {
    const { locs } = classifyArgs(i.args.map((a) => a.cls));
    // Frame stores leave rsp and the argument sources alone; reloads come after the
    // results have left rax/rdx/xmm0, which a saved register may be.
    const slotOf = (s: CallSave): MoveLoc => ({ kind: "stack", base: "rbp", disp: this.frame.spillDisp(s.slot) });
    const callSaves = this.alloc.callSaves.get(i) ?? [];
    for (const s of callSaves) this.move(slotOf(s), { kind: "reg", reg: s.reg });
    // A keeping call clobbers nothing but rax: the argument registers it loads are saved
    // around it (the stub itself preserves the rest), an xmm one in a stack word of its own.
    const saved = i.keep ? locs.flatMap((l) => (l.kind === "reg" ? [l.reg] : [])) : [];
    for (const r of saved) {
      if (!isXmm(r)) this.emit("push", 64, reg(r));
      else {
        this.emit("sub", 64, reg("rsp"), imm(8));
        this.move({ kind: "stack", base: "rsp", disp: 0 }, { kind: "reg", reg: r });
      }
    }
    // Stack words first: they only read sources (and use r11), registers stay intact.
    locs.forEach((l, k) => {
      if (l.kind === "stack") this.move({ kind: "stack", base: "rsp", disp: 8 * l.word }, this.loc(i.args[k]));
    });
    const moves: Move[] = [];
    locs.forEach((l, k) => {
      if (l.kind === "reg") moves.push({ dst: l, src: this.loc(i.args[k]) });
    });
    // An indirect target rides along in r11, which carries no argument.
    if ("vreg" in i.target) moves.push({ dst: { kind: "reg", reg: "r11" }, src: this.loc(i.target.vreg) });
    emitParallelMove(moves, this.emitInst);
    if (i.keep && "symbol" in i.target) {
      // The stub (runtime-support/stubs.c) calls r11 and preserves every register but rax.
      this.emit("mov", 64, reg("r11"), got(i.target.symbol));
      this.emit("call", 64, sym(CALL_KEEPING_REGISTERS));
      for (const r of [...saved].reverse()) {
        if (!isXmm(r)) this.emit("pop", 64, reg(r));
        else {
          this.move({ kind: "reg", reg: r }, { kind: "stack", base: "rsp", disp: 0 });
          this.emit("add", 64, reg("rsp"), imm(8));
        }
      }
    } else {
      this.emit("call", 64, "vreg" in i.target ? reg("r11") : sym(i.target.symbol));
    }
    emitParallelMove(i.results.map((r): Move => ({ dst: this.loc(r.dst), src: { kind: "reg", reg: r.loc } })), this.emitInst);
    for (const s of callSaves) this.move({ kind: "reg", reg: s.reg }, slotOf(s));
  }

  /** Py_INCREF / Py_DECREF / Py_XDECREF inline, skipping immortal objects (unless the value
   *  is known not to be one). */
  private refcount(i: Extract<LInst, { op: "incref" | "decref" }>): void {
    const r = this.input(i.v, "r10") as Gpr;
    const skip = this.newLabel();
    const refcnt = mem({ base: r, disp: LAYOUT.refcnt });
    if (i.op === "decref" && i.nullable) {
      this.emit("test", 64, reg(r), reg(r));
      this.emit("je", 64, label(skip));
    }
    if (!i.mortal) {
      this.emit("bt", 64, refcnt, imm(LAYOUT.immortalBit));
      this.emit("jb", 64, label(skip)); // CF = the immortal bit
    }
    if (i.op === "incref") {
      this.emit("inc", 64, refcnt);
    } else {
      this.emit("dec", 64, refcnt);
      this.emit("jne", 64, label(skip));
      // The stub takes the object in r11 and preserves every register (stubs.c).
      if (r !== "r11") this.emit("mov", 64, reg("r11"), reg(r));
      this.emit("call", 64, sym(DECREF_DEALLOC));
    }
    if (i.op === "decref" || !i.mortal) this.items.push({ kind: "label", label: skip });
  }
}
