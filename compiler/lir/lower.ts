// Lowering HIR to LIR: each HIR op becomes machine-level operations on virtual registers;
// C calls follow the table in compiler/runtime.ts; block parameters become copies in the
// predecessors; every raising op gets an error edge to a cold block that releases its
// cleanup references, adds a traceback entry for its line, and returns the error value.
//
// Consumes: HIR after refcount insertion. Produces: an LFunction (lir.ts).
//
//   v2:int64 = IntBinary v0 v1 {kind=add}        %2:g = add %0:g, %1:g
//   v5:object+ = CallC v3 v4 {PyNumber_Add}      call @PyNumber_Add(%3:g, %4:g) -> %5:g@rax
//                                                br eq %5:g, 0 ? b9 : b10

import { type CFunction, LAYOUT, PY_VECTORCALL_ARGUMENTS_OFFSET, RUNTIME_DATA, cfunction } from "../runtime.js";
import { InternalError } from "../diagnostics.js";
import type { Block, HFunction, Instr, Value } from "../hir/hir.js";
import type { Repr } from "../hir/ops.js";
import { INT_PRIMS } from "../check/prims.js";
import type { IntPrimName, PrimName } from "../check/types.js";
import type { Cond, FCond, IntBinop, LBlock, LFunction, LInst, VReg } from "./lir.js";
import { type ObjectLowering, invokeMethod, iterNext, listItem, arrayItem, vectorAppend, loadField, loadGlobal, storeField, typeCheck, unboxInt64 } from "./lower-objects.js";
import { fuseCompares } from "./fuse.js";

/** Module-level facts the lowering needs: where constants and the descriptor live, and a
 *  pool for C strings (function names, file names) in .rodata. */
export interface LowerContext {
  cellsSymbol: string;
  descSymbol: string;
  filename: string;
  cstring(s: string): string;
  /** A new LOAD_GLOBAL site cache (a zeroed CSR_GlobalCache in the module's .bss). */
  globalCache(): { symbol: string; addend: number };
}

const INT_BINOPS: Record<string, IntBinop> = {
  add: "add", sub: "sub", mul: "imul", and: "and", or: "or", xor: "xor", lshift: "shl", rshift: "sar",
};
const DOUBLE_BINOPS = { add: "addsd", sub: "subsd", mul: "mulsd", div: "divsd" } as const;
/** Integer ops whose 64-bit result can leave the range of a narrower width. */
const WRAPPING = new Set(["add", "sub", "mul", "lshift"]);
const UNBOX_FUNCTIONS: Record<PrimName, string> = {
  int8: "CSR_Unbox_Int8", int16: "CSR_Unbox_Int16", int32: "CSR_Unbox_Int32", int64: "CSR_Unbox_Int64",
  uint8: "CSR_Unbox_UInt8", uint16: "CSR_Unbox_UInt16", uint32: "CSR_Unbox_UInt32", uint64: "CSR_Unbox_UInt64",
  char: "CSR_Unbox_Int8", double: "CSR_Unbox_Double", cbool: "CSR_Unbox_CBool",
};

export function lowerFunction(f: HFunction, ctx: LowerContext, global: boolean): LFunction {
  const lf = new Lowering(f, ctx).run(global);
  fuseCompares(lf);
  return lf;
}

/** The refcount ops of a value known not to be an immortal constant skip the test. */
const mortal = (v: Value) => (v.mortal ? { mortal: true } : {});

class Lowering implements ObjectLowering {
  private nextVReg = 0;
  private nextBlock = 0;
  private readonly vregs = new Map<Value, VReg>();
  private readonly blockIds = new Map<Block, number>();
  private readonly blocks: LBlock[] = [];
  private readonly coldBlocks: LBlock[] = [];
  private readonly slots: number[] = [];
  private cur!: LBlock;
  private errorExit = -1;
  private tracebackBlock = -1;
  private lineReg!: VReg;
  /** int64 constants, so users can take them as immediates. */
  private readonly intConsts = new Map<Value, bigint>();

  constructor(readonly f: HFunction, readonly ctx: LowerContext) {}

  run(global: boolean): LFunction {
    for (const b of this.f.blocks) this.blockIds.set(b, this.nextBlock++);
    this.lineReg = this.gpr();
    this.buildErrorExit();
    for (const b of this.f.blocks) {
      this.cur = { id: this.blockIds.get(b)!, insts: [] };
      this.blocks.push(this.cur);
      if (b === this.f.blocks[0]) this.params();
      for (const i of b.instrs) this.instr(i);
    }
    return {
      name: this.f.sig.symbol, blocks: [...this.blocks, ...this.coldBlocks], slots: this.slots,
      nextVReg: this.nextVReg, global,
    };
  }

  // ---- helpers ----

  gpr(): VReg { return { id: this.nextVReg++, cls: "gpr" }; }
  private xmm(): VReg { return { id: this.nextVReg++, cls: "xmm" }; }

  reg(v: Value): VReg {
    let r = this.vregs.get(v);
    if (!r) {
      r = v.repr === "double" ? this.xmm() : this.gpr();
      this.vregs.set(v, r);
    }
    return r;
  }

  emit(i: LInst): void { this.cur.insts.push(i); }

  newBlock(cold = false): LBlock {
    const b = { id: this.nextBlock++, insts: [] };
    (cold ? this.coldBlocks : this.blocks).push(b);
    return b;
  }

  /** An operand that may be an immediate: int64 constants fitting a sign-extended imm32. */
  private operand(v: Value): VReg | bigint {
    const c = this.intConsts.get(v);
    return c !== undefined && c >= -(1n << 31n) && c < 1n << 31n ? c : this.reg(v);
  }

  private compare(i: Instr, cond: Cond, a: VReg, b: VReg | bigint): void {
    this.emit({ op: "setcc", cond, dst: this.reg(i.result!), a, b });
  }

  private imm(value: bigint | number): VReg {
    const r = this.gpr();
    this.emit({ op: "movi", dst: r, value: BigInt(value) });
    return r;
  }

  got(symbol: string): VReg {
    const r = this.gpr();
    this.emit({ op: "loadgot", dst: r, symbol });
    return r;
  }

  /** Continue in a fresh block after `branchTo` decided to fall through to it. */
  continueIn(b: LBlock): void { this.cur = b; }

  // ---- the error path ----

  private buildErrorExit(): void {
    const ret = this.f.sig.ret;
    const exit = this.newBlock(true);
    this.errorExit = exit.id;
    if (ret === "double") {
      const z = this.xmm();
      exit.insts.push({ op: "movf", dst: z, value: 0 });
      exit.insts.push({ op: "ret", values: [{ src: z, loc: "xmm0" }, { src: 1n, loc: "rax" }] });
    } else if (ret === "int64" || ret === "cbool") {
      exit.insts.push({ op: "ret", values: [{ src: 0n, loc: "rax" }, { src: 1n, loc: "rdx" }] });
    } else {
      exit.insts.push({ op: "ret", values: [{ src: 0n, loc: "rax" }] });
    }
    const tb = this.newBlock(true);
    this.tracebackBlock = tb.id;
    tb.insts.push(...this.tracebackEntry(this.f.name, this.lineReg), { op: "jmp", target: this.errorExit });
  }

  /** CSR_Traceback_Add for a frame of function `name` (this one, or one inlined into it). */
  private tracebackEntry(name: string, line: VReg | number): LInst[] {
    const [fn, file, globals] = [this.gpr(), this.gpr(), this.gpr()];
    const insts: LInst[] = [
      { op: "lea", dst: fn, symbol: this.ctx.cstring(name), addend: 0 },
      { op: "lea", dst: file, symbol: this.ctx.cstring(this.ctx.filename), addend: 0 },
      { op: "loadsym", dst: globals, symbol: this.ctx.descSymbol, addend: LAYOUT.moduleDescGlobals },
    ];
    let lineReg: VReg;
    if (typeof line === "number") insts.push({ op: "movi", dst: (lineReg = this.gpr()), value: BigInt(line) });
    else lineReg = line;
    insts.push({ op: "call", target: { symbol: "CSR_Traceback_Add" }, args: [fn, file, lineReg, globals], results: [] });
    return insts;
  }

  /** A cold block for `i` raising: release its cleanup references, then unwind. `raise`
   *  optionally calls a C function that sets the exception first. */
  errorBlock(i: Instr, raise?: { fn: string; args: VReg[]; setup?: LInst[] }): number {
    const b = this.newBlock(true);
    // The raising call keeps registers, so the cleanup references may live in any register.
    if (raise) b.insts.push(...(raise.setup ?? []), { op: "call", target: { symbol: raise.fn }, args: raise.args, results: [], keep: true });
    for (const v of i.cleanup ?? []) b.insts.push({ op: "decref", v: this.reg(v), nullable: v.repr === "nullable", ...mortal(v) });
    for (const fr of i.inlined ?? []) b.insts.push(...this.tracebackEntry(fr.name, fr.line));
    if (i.line > 0) {
      b.insts.push({ op: "movi", dst: this.lineReg, value: BigInt(i.line) });
      b.insts.push({ op: "jmp", target: this.tracebackBlock });
    } else {
      b.insts.push({ op: "jmp", target: this.errorExit });
    }
    return b.id;
  }

  /** Raise with a C function taking one name (a C string in .rodata), set up in the cold block. */
  private raiseWithName(fn: string, name: string): { fn: string; args: VReg[]; setup: LInst[] } {
    const r = this.gpr();
    return { fn, args: [r], setup: [{ op: "lea", dst: r, symbol: this.ctx.cstring(name), addend: 0 }] };
  }

  /** if (a COND b) goto error; continue in a new block. */
  private errorIf(i: Instr, cond: Cond, a: VReg, b: VReg | bigint): void {
    const err = this.errorBlock(i);
    const next = this.newBlock();
    this.emit({ op: "br", cond, a, b, then: err, else: next.id });
    this.continueIn(next);
  }

  /** After a C call, branch to the error path by the function's convention. */
  private checkError(i: Instr, fn: CFunction, result: VReg | undefined): void {
    switch (fn.error) {
      case "none": return;
      case "null": this.errorIf(i, "eq", result!, 0n); return;
      case "neg1": this.errorIf(i, "lt", result!, 0n); return;
      case "always": this.emit({ op: "jmp", target: this.errorBlock(i) }); this.continueIn(this.newBlock()); return;
      case "neg1_occurred": {
        let flag: VReg = result!;
        if (result!.cls === "xmm") {
          const minus1 = this.xmm();
          flag = this.gpr();
          this.emit({ op: "movf", dst: minus1, value: -1 });
          this.emit({ op: "fsetcc", cond: "feq", dst: flag, a: result!, b: minus1 });
          this.maybeOccurred(i, "ne", flag, 0n);
        } else {
          this.maybeOccurred(i, "eq", flag, -1n);
        }
      }
    }
  }

  /** if (a COND b && PyErr_Occurred()) goto error. `keep`: on a slow path (see callC). */
  maybeOccurred(i: Instr, cond: Cond, a: VReg, b: VReg | bigint, keep = false): void {
    const check = this.newBlock();
    const next = this.newBlock();
    this.emit({ op: "br", cond, a, b, then: check.id, else: next.id });
    this.continueIn(check);
    const occurred = this.gpr();
    this.emit({
      op: "call", target: { symbol: "PyErr_Occurred" }, args: [], results: [{ dst: occurred, loc: "rax" }], ...(keep && { keep: true as const }),
    });
    this.emit({ op: "br", cond: "ne", a: occurred, b: 0n, then: this.errorBlock(i), else: next.id });
    this.continueIn(next);
  }

  /** Call a C function from the runtime table: result into `dst`, error check. `keep`: a
   *  slow path that rejoins fast code, called through the register-preserving stub. */
  callC(i: Instr, name: string, args: VReg[], dst?: VReg, keep = false): VReg | undefined {
    const fn = cfunction(name);
    let result: VReg | undefined;
    if (fn.ret !== "void") {
      result = dst ?? (fn.ret === "f64" ? this.xmm() : this.gpr());
      this.emit({
        op: "call", target: { symbol: name }, args, results: [{ dst: result, loc: fn.ret === "f64" ? "xmm0" : "rax" }],
        ...(keep && { keep: true as const }),
      });
      if (fn.ret === "i32") this.emit({ op: "sext", dst: result, a: result, from: 32 });
    } else {
      this.emit({ op: "call", target: { symbol: name }, args, results: [] });
    }
    this.checkError(i, fn, result);
    return result;
  }

  private params(): void {
    const params = this.f.blocks[0].instrs.filter((i) => i.op === "Param").sort((a, b) => a.attrs.index! - b.attrs.index!);
    this.emit({ op: "params", dsts: params.map((p) => this.reg(p.result!)) });
  }

  /** A vectorcall argument array in a stack slot: one scratch cell first (so callees may
   *  use PY_VECTORCALL_ARGUMENTS_OFFSET), then the arguments. Returns &cells[1]. */
  private argArray(values: Value[]): VReg {
    const slot = this.slots.length;
    this.slots.push(8 * (values.length + 1));
    const base = this.gpr();
    this.emit({ op: "leaslot", dst: base, slot });
    values.forEach((v, k) => this.emit({ op: "store", base, disp: 8 * (k + 1), src: this.reg(v), size: 64 }));
    const args = this.gpr();
    this.emit({ op: "binop", kind: "add", dst: args, a: base, b: 8n });
    return args;
  }

  private kwnames(i: Instr): VReg {
    if (i.attrs.kwnames === undefined) return this.imm(0);
    return this.constCell(i.attrs.kwnames);
  }

  private constCell(index: number): VReg {
    const r = this.gpr();
    this.emit({ op: "loadsym", dst: r, symbol: this.ctx.cellsSymbol, addend: 8 * index });
    return r;
  }

  private globals(): VReg {
    const r = this.gpr();
    this.emit({ op: "loadsym", dst: r, symbol: this.ctx.descSymbol, addend: LAYOUT.moduleDescGlobals });
    return r;
  }

  /** Copy block arguments into the target's parameter registers (through temporaries, so
   *  a parameter read by a later argument is not clobbered). */
  private jumpWithArgs(target: Block, args: Value[]): void {
    const temps = args.map((a) => {
      const src = this.reg(a);
      const t = src.cls === "xmm" ? this.xmm() : this.gpr();
      this.emit({ op: "mov", dst: t, src });
      return t;
    });
    target.params.forEach((p, k) => this.emit({ op: "mov", dst: this.reg(p), src: temps[k] }));
    this.emit({ op: "jmp", target: this.blockIds.get(target)! });
  }

  private nargsf(n: number): VReg {
    return this.imm(BigInt(n) | PY_VECTORCALL_ARGUMENTS_OFFSET);
  }

  // ---- instructions ----

  private instr(i: Instr): void {
    const r = i.result ? this.reg(i.result) : undefined;
    const a = (k: number) => this.reg(i.args[k]);
    switch (i.op) {
      case "Param": return; // done by params()
      case "Const": this.emit({ op: "loadsym", dst: r!, symbol: this.ctx.cellsSymbol, addend: 8 * i.attrs.index! }); return;
      case "Singleton": this.emit({ op: "loadgot", dst: r!, symbol: RUNTIME_DATA[i.attrs.name as "None" | "True" | "False"] }); return;
      case "Null": this.emit({ op: "movi", dst: r!, value: 0n }); return;
      case "Int64Const": case "CBoolConst":
        this.intConsts.set(i.result!, i.attrs.int!);
        this.emit({ op: "movi", dst: r!, value: i.attrs.int! });
        return;
      case "DoubleConst": this.emit({ op: "movf", dst: r!, value: i.attrs.double! }); return;
      case "SymbolAddr": this.emit({ op: "lea", dst: r!, symbol: i.attrs.symbol!, addend: 0 }); return;
      case "StackArray": {
        const slot = this.slots.length;
        this.slots.push(8 * i.attrs.size!);
        this.emit({ op: "leaslot", dst: r!, slot });
        return;
      }
      case "LoadArrayItem": case "TakeArrayItem": this.emit({ op: "load", dst: r!, base: a(0), disp: 8 * i.attrs.index!, size: 64, signed: false }); return;
      case "LoadGlobals": this.emit({ op: "loadsym", dst: r!, symbol: this.ctx.descSymbol, addend: LAYOUT.moduleDescGlobals }); return;
      case "LoadGlobal": {
        const cache = this.gpr();
        this.emit({ op: "lea", dst: cache, ...this.ctx.globalCache() });
        return loadGlobal(this, i, r!, this.globals(), cache, () => this.constCell(i.attrs.index!));
      }
      case "StoreGlobal": this.callC(i, "PyDict_SetItem", [this.globals(), this.constCell(i.attrs.index!), a(0)]); return;
      case "CallC": this.callC(i, i.attrs.cfunc!, i.args.map((v) => this.reg(v)), r); return;
      case "Vectorcall": {
        const nkw = i.attrs.kwcount ?? 0;
        const args = this.argArray(i.args.slice(1));
        this.callC(i, "PyObject_Vectorcall", [a(0), args, this.nargsf(i.args.length - 1 - nkw), this.kwnames(i)], r);
        return;
      }
      case "CallMethod": {
        const nkw = i.attrs.kwcount ?? 0;
        const args = this.argArray(i.args);
        this.callC(i, "PyObject_VectorcallMethod", [this.constCell(i.attrs.index!), args, this.nargsf(i.args.length - nkw), this.kwnames(i)], r);
        return;
      }
      case "InvokeStatic": return this.invokeStatic(i, r);
      case "CallNative":
        this.emit({ op: "call", target: { vreg: a(0) }, args: i.args.slice(1).map((v) => this.reg(v)), results: [{ dst: r!, loc: "rax" }] });
        return;
      case "CheckStack": {
        const err = this.errorBlock(i, { fn: "CSR_Raise_RecursionError", args: [] });
        const next = this.newBlock();
        this.emit({ op: "brstack", symbol: "CSR_Stack_Limit", then: err, else: next.id });
        this.continueIn(next);
        return;
      }
      case "CheckDefined": {
        const func = this.gpr();
        this.emit({ op: "loadsym", dst: func, symbol: i.attrs.symbol!, addend: LAYOUT.functionDescFunc });
        const err = this.errorBlock(i, this.raiseWithName("CSR_Raise_NameError", i.attrs.name!));
        const next = this.newBlock();
        this.emit({ op: "br", cond: "eq", a: func, b: 0n, then: err, else: next.id });
        this.continueIn(next);
        return;
      }
      case "BuildList": {
        this.callC(i, "PyList_New", [this.imm(i.args.length)], r);
        if (i.args.length === 0) return;
        const items = this.gpr();
        this.emit({ op: "load", dst: items, base: r!, disp: LAYOUT.listItems, size: 64, signed: false });
        i.args.forEach((v, k) => this.emit({ op: "store", base: items, disp: 8 * k, src: this.reg(v), size: 64 }));
        return;
      }
      case "BuildTuple":
        this.callC(i, "PyTuple_New", [this.imm(i.args.length)], r);
        i.args.forEach((v, k) => this.emit({ op: "store", base: r!, disp: LAYOUT.tupleItems + 8 * k, src: this.reg(v), size: 64 }));
        return;
      case "Box": {
        const fn = i.args[0].repr === "double" ? "PyFloat_FromDouble" : i.attrs.prim === "uint64" ? "PyLong_FromUnsignedLongLong" : "PyLong_FromLongLong";
        this.callC(i, fn, [a(0)], r);
        return;
      }
      case "Unbox":
        if (i.attrs.kind === "int64") return unboxInt64(this, i, r!, UNBOX_FUNCTIONS.int64);
        this.callC(i, UNBOX_FUNCTIONS[i.attrs.kind as PrimName], [a(0)], r);
        return;
      case "CheckArg": return typeCheck(this, i, (t) => {
        const d = this.gpr();
        this.emit({ op: "lea", dst: d, symbol: i.attrs.symbol!, addend: 0 });
        return [a(0), t, d, this.imm(i.attrs.index!)];
      });
      case "Cast": return typeCheck(this, i, (t) => [a(0), t]);
      case "LoadField": return loadField(this, i, r!);
      case "StoreField": return storeField(this, i);
      case "InvokeMethod": return invokeMethod(this, i, r);
      case "ListGetItem": return listItem(this, i, r);
      case "ListSetItem": return listItem(this, i, undefined);
      case "ArrayGetItem": case "VectorGetItem": return arrayItem(this, i, r);
      case "ArraySetItem": case "VectorSetItem": return arrayItem(this, i, undefined);
      case "VectorAppend": return vectorAppend(this, i);
      case "AllocObject": {
        const d = this.gpr();
        this.emit({ op: "lea", dst: d, symbol: i.attrs.symbol!, addend: 0 });
        this.callC(i, "CSR_Object_New", [d], r);
        return;
      }
      case "CheckBound": {
        const err = this.errorBlock(i, this.raiseWithName("CSR_Raise_UnboundLocal", i.attrs.name!));
        const next = this.newBlock();
        this.emit({ op: "br", cond: "eq", a: a(0), b: 0n, then: err, else: next.id });
        this.continueIn(next);
        return;
      }
      case "IsTrue": this.callC(i, "PyObject_IsTrue", [a(0)], r); return;
      case "IsSame": this.compare(i, "eq", a(0), a(1)); return;
      case "IsNull": this.compare(i, "eq", a(0), 0n); return;
      case "BoolFromCBool": {
        const yes = this.newBlock();
        const no = this.newBlock();
        const join = this.newBlock();
        this.emit({ op: "brtest", a: a(0), then: yes.id, else: no.id });
        for (const [blk, which] of [[yes, "True"], [no, "False"]] as const) {
          this.continueIn(blk);
          this.emit({ op: "loadgot", dst: r!, symbol: RUNTIME_DATA[which] });
          this.emit({ op: "jmp", target: join.id });
        }
        this.continueIn(join);
        return;
      }
      case "IterNext": return iterNext(this, i, r!);
      case "IntBinary": {
        const unsigned = !INT_PRIMS[i.attrs.prim ?? "int64"].signed;
        const kind = i.attrs.kind === "rshift" && unsigned ? "shr" : INT_BINOPS[i.attrs.kind!];
        this.emit({ op: "binop", kind, dst: r!, a: a(0), b: this.operand(i.args[1]) });
        if (WRAPPING.has(i.attrs.kind!)) this.wrap(r!, r!, i.attrs.prim);
        return;
      }
      case "IntDivide": return this.intDivide(i, r!);
      case "IntCompare": this.compare(i, i.attrs.cond as Cond, a(0), this.operand(i.args[1])); return;
      case "IntUnary":
        this.emit({ op: "unop", kind: i.attrs.kind === "neg" ? "neg" : "not", dst: r!, a: a(0) });
        this.wrap(r!, r!, i.attrs.prim);
        return;
      case "IntConvert": this.wrap(r!, a(0), i.attrs.prim); return;
      case "IntToDouble":
        if (i.attrs.prim === "uint64") this.callC(i, "CSR_Prim_UInt64ToDouble", [a(0)], r);
        else this.emit({ op: "i2f", dst: r!, a: a(0) });
        return;
      case "DoubleBinary":
        if (i.attrs.kind === "pow") {
          this.emit({ op: "call", target: { symbol: "pow" }, args: [a(0), a(1)], results: [{ dst: r!, loc: "xmm0" }] });
        } else {
          this.emit({ op: "fbinop", kind: DOUBLE_BINOPS[i.attrs.kind as keyof typeof DOUBLE_BINOPS], dst: r!, a: a(0), b: a(1) });
        }
        return;
      case "DoubleSqrt": {
        const zero = this.xmm();
        this.emit({ op: "movf", dst: zero, value: 0 });
        const err = this.errorBlock(i, { fn: "CSR_Raise_MathDomain", args: [] });
        const next = this.newBlock();
        this.emit({ op: "fbr", cond: "flt", a: a(0), b: zero, then: err, else: next.id });
        this.continueIn(next);
        this.emit({ op: "fbinop", kind: "sqrtsd", dst: r!, a: a(0), b: a(0) });
        return;
      }
      case "DoubleCompare": this.emit({ op: "fsetcc", cond: `f${i.attrs.cond}` as FCond, dst: r!, a: a(0), b: a(1) }); return;
      case "DoubleNeg": {
        // Multiplying by -1.0 flips the sign of zeros and NaNs too, as Python's -x does.
        const m = this.xmm();
        this.emit({ op: "movf", dst: m, value: -1 });
        this.emit({ op: "fbinop", kind: "mulsd", dst: r!, a: a(0), b: m });
        return;
      }
      // Fused with the compare or branch next to it by fuse.ts.
      case "CBoolNot": this.emit({ op: "binop", kind: "xor", dst: r!, a: a(0), b: 1n }); return;
      case "Incref": this.emit({ op: "incref", v: a(0), ...mortal(i.args[0]) }); return;
      case "Decref": this.emit({ op: "decref", v: a(0), nullable: i.args[0].repr === "nullable", ...mortal(i.args[0]) }); return;
      case "Jump": this.jumpWithArgs(i.attrs.target!, i.args); return;
      case "Branch": return this.branch(i);
      case "Return": return this.ret(i);
    }
  }

  /** Branch on a cbool (fuse.ts makes it one compare-and-jump with the compare before it). */
  private branch(i: Instr): void {
    this.emit({ op: "brtest", a: this.reg(i.args[0]), then: this.blockIds.get(i.attrs.then!)!, else: this.blockIds.get(i.attrs.else!)! });
  }

  invokeStatic(i: Instr, r: VReg | undefined, target: { symbol: string } | { vreg: VReg } = { symbol: i.attrs.callee!.symbol }): void {
    const sig = i.attrs.callee!;
    const args = i.args.map((v) => this.reg(v));
    if (sig.ret === "object") {
      this.emit({ op: "call", target, args, results: [{ dst: r!, loc: "rax" }] });
      this.errorIf(i, "eq", r!, 0n);
      return;
    }
    const flag = this.gpr();
    const valueLoc = sig.ret === "double" ? "xmm0" : "rax";
    this.emit({ op: "call", target, args, results: [{ dst: r!, loc: valueLoc }, { dst: flag, loc: sig.ret === "double" ? "rax" : "rdx" }] });
    this.errorIf(i, "ne", flag, 0n);
  }

  /** dst = src truncated to the width of `prim` and re-extended by its signedness (how
   *  every integer primitive narrower than 64 bits is kept in its register). */
  private wrap(dst: VReg, src: VReg, prim: IntPrimName = "int64"): void {
    const { bits, signed } = INT_PRIMS[prim];
    if (bits === 64) {
      if (dst !== src) this.emit({ op: "mov", dst, src });
    } else if (signed) {
      this.emit({ op: "sext", dst, a: src, from: bits });
    } else if (bits < 32) {
      this.emit({ op: "binop", kind: "and", dst, a: src, b: (1n << BigInt(bits)) - 1n });
    } else {
      // 0xFFFFFFFF is no sign-extended imm32: shift the high half out and back.
      this.emit({ op: "binop", kind: "shl", dst, a: src, b: 32n });
      this.emit({ op: "binop", kind: "shr", dst, a: dst, b: 32n });
    }
  }

  /** `/`, `//` (truncating) and `%` at width `prim`: zero raises ZeroDivisionError; signed
   *  -1 is done without idiv (INT64_MIN / -1 would trap; a narrower MIN / -1 wraps). Only
   *  uint64 needs an unsigned divide: narrower unsigned values are non-negative int64s. */
  private intDivide(i: Instr, r: VReg): void {
    const x = this.reg(i.args[0]);
    const y = this.reg(i.args[1]);
    const modulo = this.gpr();
    const zero = this.errorBlock(i, {
      fn: "CSR_Raise_ZeroDivision", args: [modulo], setup: [{ op: "movi", dst: modulo, value: i.attrs.kind === "mod" ? 1n : 0n }],
    });
    const nonzero = this.newBlock();
    this.emit({ op: "br", cond: "eq", a: y, b: 0n, then: zero, else: nonzero.id });
    this.continueIn(nonzero);
    if (i.attrs.prim === "uint64") {
      this.emit(i.attrs.kind === "div" ? { op: "idiv", quot: r, a: x, b: y, unsigned: true } : { op: "idiv", rem: r, a: x, b: y, unsigned: true });
      return;
    }
    const minus1 = this.newBlock();
    const general = this.newBlock();
    const join = this.newBlock();
    this.emit({ op: "br", cond: "eq", a: y, b: -1n, then: minus1.id, else: general.id });
    this.continueIn(minus1);
    if (i.attrs.kind === "div") {
      this.emit({ op: "unop", kind: "neg", dst: r, a: x });
      this.wrap(r, r, i.attrs.prim);
    } else this.emit({ op: "movi", dst: r, value: 0n });
    this.emit({ op: "jmp", target: join.id });
    this.continueIn(general);
    this.emit(i.attrs.kind === "div" ? { op: "idiv", quot: r, a: x, b: y } : { op: "idiv", rem: r, a: x, b: y });
    this.emit({ op: "jmp", target: join.id });
    this.continueIn(join);
  }

  private ret(i: Instr): void {
    const v = this.reg(i.args[0]);
    const ret: Repr = this.f.sig.ret;
    if (ret === "double") this.emit({ op: "ret", values: [{ src: v, loc: "xmm0" }, { src: 0n, loc: "rax" }] });
    else if (ret === "int64" || ret === "cbool") this.emit({ op: "ret", values: [{ src: v, loc: "rax" }, { src: 0n, loc: "rdx" }] });
    else if (ret === "object") this.emit({ op: "ret", values: [{ src: v, loc: "rax" }] });
    else throw new InternalError("lower", `return of ${ret}`);
  }
}
