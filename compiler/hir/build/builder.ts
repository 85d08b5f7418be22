// The core of HIR construction for one function: blocks, instruction emission, and SSA
// construction for local variables by Braun et al.'s algorithm ("Simple and Efficient
// Construction of Static Single Assignment Form", 2013): a variable's value in a block is
// found on demand by looking through predecessors; blocks whose predecessors are not all
// known yet (loop headers) get parameters that are completed when the block is sealed.
//
// Locals never assigned on some path read as NULL (objects) or zero (primitives); object
// reads are guarded by CheckBound (UnboundLocalError), removed later where the value is
// provably bound.

import type { CheckedModule } from "../../check/context.js";
import { InternalError } from "../../diagnostics.js";
import { type Attrs, type Block, type FunctionSig, type HFunction, type Instr, type Value, newBlock, newFunction, newValue, recomputeCfg } from "../hir.js";
import { type Op, type Repr, opInfo } from "../ops.js";
import { cfunction } from "../../runtime.js";
import type { ConstTable } from "./consts.js";
import { type PrimName, type SType, repr } from "../../check/types.js";
import { intPrimOf } from "../../check/prims.js";

export class FnBuilder {
  readonly f: HFunction;
  /** The block being filled; null after a return/break/continue (dead code follows). */
  cur: Block | null;
  line = 0;
  private readonly defs = new Map<Block, Map<string, Value>>();
  private readonly sealed = new Set<Block>();
  private readonly incomplete = new Map<Block, Map<string, Value>>();
  /** Arguments of each Jump, by the target's parameter (materialised in finish()). */
  private readonly jumpArgs = new Map<Instr, Map<Value, Value>>();
  private readonly tempRepr = new Map<string, Repr>();

  constructor(
    readonly mod: CheckedModule,
    readonly consts: ConstTable,
    name: string,
    sig: FunctionSig,
    /** Machine representation of each local variable. */
    readonly varRepr: (name: string) => Repr,
  ) {
    this.f = newFunction(name, sig);
    this.cur = newBlock(this.f);
    this.sealed.add(this.cur);
  }

  // ---- emission ----

  emit(op: Op, args: Value[], attrs: Attrs = {}, resultRepr?: Repr, ref?: Value["ref"]): Value | null {
    const b = this.block();
    const info = opInfo(op);
    let result: Value | null = null;
    if (info.result !== "none") {
      const repr = info.result === "from-attrs" ? resultRepr : info.result;
      if (!repr) throw new InternalError("hir-build", `${op} needs a result representation`);
      result = newValue(this.f, repr, ref ?? info.ref);
    }
    b.instrs.push({ op, args, result, attrs, line: this.line });
    return result;
  }

  /** Emit an op that has a result. */
  value(op: Op, args: Value[], attrs: Attrs = {}, resultRepr?: Repr, ref?: Value["ref"]): Value {
    return this.emit(op, args, attrs, resultRepr, ref)!;
  }

  /** Call a C function of compiler/runtime.ts; its table entry gives the result's repr and ownership. */
  callC(name: string, args: Value[]): Value | null {
    const fn = cfunction(name);
    const repr: Repr | undefined = fn.ret === "obj" ? "object" : fn.ret === "f64" ? "double" : fn.ret === "void" ? undefined : "int64";
    if (!repr) {
      this.block().instrs.push({ op: "CallC", args, result: null, attrs: { cfunc: name }, line: this.line });
      return null;
    }
    return this.emit("CallC", args, { cfunc: name }, repr, fn.result === "borrowed" ? "borrowed" : "owned");
  }

  /** A primitive of static type `t` as the object Python sees (objects pass through). */
  box(v: Value, t: SType): Value {
    if (t.kind !== "prim") return v;
    if (t.name === "cbool") return this.value("BoolFromCBool", [v]);
    const prim = intPrimOf(t);
    return this.value("Box", [v], { prim: prim === "int64" ? undefined : prim });
  }

  /** An object already checked to be t's boxed type (int, float, bool) as primitive `t`. */
  unbox(v: Value, t: { kind: "prim"; name: PrimName }): Value {
    if (t.name === "cbool") return this.value("IsSame", [v, this.value("Singleton", [], { name: "True" })]);
    return this.value("Unbox", [v], { kind: t.name }, repr(t));
  }

  constObj(index: number): Value {
    return this.value("Const", [], { index });
  }

  block(): Block {
    if (!this.cur) throw new InternalError("hir-build", "emitting into unreachable code");
    return this.cur;
  }

  newBlock(): Block {
    return newBlock(this.f);
  }

  // ---- control flow ----

  jump(target: Block): void {
    if (!this.cur) return;
    const i: Instr = { op: "Jump", args: [], result: null, attrs: { target }, line: this.line };
    this.cur.instrs.push(i);
    this.jumpArgs.set(i, new Map());
    target.preds.push(this.cur);
    this.cur = null;
  }

  /** Branch on a cbool; each target must be a fresh block (one predecessor). */
  branch(cond: Value, then: Block, els: Block): void {
    const b = this.block();
    b.instrs.push({ op: "Branch", args: [cond], result: null, attrs: { then, else: els }, line: this.line });
    then.preds.push(b);
    els.preds.push(b);
    this.cur = null;
  }

  /** `item = next(it)` at the current point, branching to fresh, sealed blocks: `exit`
   *  when the iterator is exhausted, `body` (where `item` is the next value) otherwise. */
  iterNext(it: Value): { item: Value; body: Block; exit: Block } {
    const item = this.value("IterNext", [it]);
    const exit = this.newBlock();
    const body = this.newBlock();
    this.branch(this.value("IsNull", [item]), exit, body);
    this.seal(exit);
    this.seal(body);
    return { item, body, exit };
  }

  /** Continue emitting into `b`. */
  enter(b: Block): void {
    this.cur = b;
  }

  ret(v: Value): void {
    this.block().instrs.push({ op: "Return", args: [v], result: null, attrs: {}, line: this.line });
    this.cur = null;
  }

  // ---- SSA variables ----

  write(name: string, v: Value, b: Block = this.block()): void {
    let m = this.defs.get(b);
    if (!m) this.defs.set(b, (m = new Map()));
    m.set(name, v);
  }

  read(name: string, b: Block = this.block()): Value {
    return this.defs.get(b)?.get(name) ?? this.readRecursive(name, b);
  }

  private readRecursive(name: string, b: Block): Value {
    let v: Value;
    if (!this.sealed.has(b)) {
      v = this.addParam(b, name);
      let m = this.incomplete.get(b);
      if (!m) this.incomplete.set(b, (m = new Map()));
      m.set(name, v);
    } else if (b.preds.length === 0) {
      v = this.undefinedValue(name);
    } else if (b.preds.length === 1) {
      v = this.read(name, b.preds[0]);
    } else {
      v = this.addParam(b, name);
      this.write(name, v, b);
      this.addOperands(name, v, b);
    }
    this.write(name, v, b);
    return v;
  }

  private addParam(b: Block, name: string): Value {
    const p = newValue(this.f, this.reprOf(name), "owned");
    b.params.push(p);
    return p;
  }

  private addOperands(name: string, p: Value, b: Block): void {
    for (const pred of b.preds) {
      const j = pred.instrs[pred.instrs.length - 1];
      const args = this.jumpArgs.get(j);
      if (!args) throw new InternalError("hir-build", `block b${b.id} has a predecessor that does not end in Jump`);
      args.set(p, this.read(name, pred));
    }
  }

  /** The value of a local on a path where it was never assigned, placed in the entry block. */
  private undefinedValue(name: string): Value {
    const entry = this.f.blocks[0];
    const repr = this.reprOf(name);
    const op: Op = repr === "int64" ? "Int64Const" : repr === "double" ? "DoubleConst" : repr === "cbool" ? "CBoolConst" : "Null";
    const attrs: Attrs = op === "Int64Const" || op === "CBoolConst" ? { int: 0n } : op === "DoubleConst" ? { double: 0 } : {};
    const v = newValue(this.f, op === "Null" ? "nullable" : repr, op === "Null" ? "immortal" : undefined);
    const at = entry.instrs.findIndex((i) => i.op !== "Param");
    entry.instrs.splice(at < 0 ? entry.instrs.length : at, 0, { op, args: [], result: v, attrs, line: this.line });
    return v;
  }

  private reprOf(name: string): Repr {
    return this.tempRepr.get(name) ?? this.varRepr(name);
  }

  seal(b: Block): void {
    const pending = this.incomplete.get(b);
    if (pending) for (const [name, p] of pending) this.addOperands(name, p, b);
    this.incomplete.delete(b);
    this.sealed.add(b);
  }

  /** Bind a compiler temporary (e.g. an inlined function's parameter) of this representation. */
  writeTemp(name: string, v: Value): void {
    this.tempRepr.set(name, v.repr);
    this.write(name, v);
  }

  /** Read a compiler temporary (e.g. the result of `a or b`) merged across blocks. */
  readAs(name: string, repr: Repr): Value {
    this.tempRepr.set(name, repr);
    return this.read(name);
  }

  /** Finish: give every Jump its arguments in the target's parameter order, and settle
   *  which block parameters may be NULL. */
  finish(): HFunction {
    for (const [j, args] of this.jumpArgs) {
      const target = j.attrs.target!;
      j.args = target.params.map((p) => {
        const a = args.get(p);
        if (!a) throw new InternalError("hir-build", `jump to b${target.id} lacks an argument for v${p.id}`);
        return a;
      });
    }
    recomputeCfg(this.f);
    removeTrivialParams(this.f);
    settleNullability(this.f);
    return this.f;
  }
}

/** Braun et al.'s trivial phi removal: a block parameter whose arguments are all one value
 *  (or itself, around a loop) is that value. Without this every local read in a loop would
 *  travel through the loop header, and a borrowed object would be increfed every iteration. */
function removeTrivialParams(f: HFunction): void {
  const replaced = new Map<Value, Value>();
  const resolve = (v: Value): Value => {
    while (replaced.has(v)) v = replaced.get(v)!;
    return v;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      const jumps = b.preds.map((p) => p.instrs[p.instrs.length - 1]);
      for (let k = b.params.length - 1; k >= 0; k--) {
        const p = b.params[k];
        const incoming = new Set(jumps.map((j) => resolve(j.args[k])).filter((v) => v !== p));
        if (incoming.size !== 1) continue;
        replaced.set(p, [...incoming][0]);
        b.params.splice(k, 1);
        for (const j of jumps) j.args.splice(k, 1);
        changed = true;
      }
    }
  }
  for (const b of f.blocks) for (const i of b.instrs) i.args = i.args.map(resolve);
}

/** Block parameters receiving a possibly-NULL argument are nullable (a fixpoint over jumps);
 *  CheckBound on values that cannot be NULL is dropped. */
function settleNullability(f: HFunction): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      const j = b.instrs[b.instrs.length - 1];
      if (!j || j.op !== "Jump") continue;
      j.attrs.target!.params.forEach((p, i) => {
        if (p.repr === "object" && j.args[i].repr === "nullable") {
          p.repr = "nullable";
          changed = true;
        }
      });
    }
  }
  for (const b of f.blocks) b.instrs = b.instrs.filter((i) => i.op !== "CheckBound" || i.args[0].repr === "nullable");
}
