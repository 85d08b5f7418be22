// Lowering of the object fast paths: CHECK_ARGS/CAST with an inline exact-type test, list
// indexing and list iteration inline, typed fields, and INVOKE_METHOD through the vtable.
// Each has an inline path and a slow path that rejoins it as a register-keeping call.
//
//   v3:object+ = ListGetItem v1 v2     type == list && v2 <u len ? load ob_item[v2]; incref
//                                      : call keep @CSR_Index_Get(v1, v2)
//
// CPython 3.11 internals relied on: PyTypeObject's tp_base, tp_cache and tp_version_tag
// offsets, PyListObject and the list iterator's layout (compiler/runtime.ts LAYOUT).

import { LAYOUT, PRIM_SIZE, RUNTIME_DATA, TYPE_CODES } from "../runtime.js";
import { INT_PRIMS } from "../check/prims.js";
import type { IntPrimName } from "../check/types.js";
import type { Instr, Value } from "../hir/hir.js";
import type { Cond, LBlock, LInst, VReg } from "./lir.js";

/** What these lowerings use of the function being lowered (lower.ts). */
export interface ObjectLowering {
  gpr(): VReg;
  reg(v: Value): VReg;
  emit(i: LInst): void;
  newBlock(cold?: boolean): LBlock;
  continueIn(b: LBlock): void;
  got(symbol: string): VReg;
  errorBlock(i: Instr, raise?: { fn: string; args: VReg[]; setup?: LInst[] }): number;
  callC(i: Instr, name: string, args: VReg[], dst?: VReg, keep?: boolean): VReg | undefined;
  maybeOccurred(i: Instr, cond: Cond, a: VReg, b: VReg | bigint, keep?: boolean): void;
  invokeStatic(i: Instr, r: VReg | undefined, target?: { symbol: string } | { vreg: VReg }): void;
  readonly ctx: { cstring(s: string): string };
}

/** CHECK_ARGS / CAST: against a libpython type (from the GOT), a static class or a checked
 *  container type (their descriptors). The exact type, or a subclass found walking tp_base
 *  (and None, for optional types), pass inline; the C function handles the rest (a base
 *  reached only through multiple inheritance), makes a checked container's type on first
 *  use, and raises the error. */
export function typeCheck(lw: ObjectLowering, i: Instr, args: (type: VReg) => VReg[]): void {
  const t = i.attrs.pytype!;
  const v = lw.reg(i.args[0]);
  const done = lw.newBlock();
  if (t.optional) {
    const notNone = lw.newBlock();
    lw.emit({ op: "br", cond: "eq", a: v, b: lw.got(RUNTIME_DATA.None), then: done.id, else: notNone.id });
    lw.continueIn(notNone);
  }
  // A descriptor's type (CSR_ClassDesc or CSR_GenericDesc, at the same offset) is NULL until
  // made: then nothing is an instance yet, or the C function makes it.
  const described = t.desc || t.generic;
  const exact = lw.gpr();
  if (described) lw.emit({ op: "loadsym", dst: exact, symbol: t.symbol, addend: LAYOUT.classDescType });
  else lw.emit({ op: "loadgot", dst: exact, symbol: t.symbol });
  const vtype = lw.gpr();
  lw.emit({ op: "load", dst: vtype, base: v, disp: LAYOUT.type, size: 64, signed: false });
  const call = lw.newBlock();
  if (t.generic) {
    lw.emit({ op: "br", cond: "eq", a: vtype, b: exact, then: done.id, else: call.id });
  } else {
    // Subclasses pass too, up the tp_base chain (checked containers cannot be subclassed).
    const base = lw.newBlock();
    lw.emit({ op: "br", cond: "eq", a: vtype, b: exact, then: done.id, else: base.id });
    lw.continueIn(base);
    if (t.desc) {
      const known = lw.newBlock();
      lw.emit({ op: "br", cond: "eq", a: exact, b: 0n, then: call.id, else: known.id });
      lw.continueIn(known);
    }
    const [walk, more] = [lw.newBlock(), lw.newBlock()];
    const vbase = lw.gpr();
    lw.emit({ op: "mov", dst: vbase, src: vtype });
    lw.emit({ op: "jmp", target: walk.id });
    lw.continueIn(walk);
    lw.emit({ op: "load", dst: vbase, base: vbase, disp: LAYOUT.typeBase, size: 64, signed: false });
    lw.emit({ op: "br", cond: "eq", a: vbase, b: exact, then: done.id, else: more.id });
    lw.continueIn(more);
    lw.emit({ op: "br", cond: "eq", a: vbase, b: 0n, then: call.id, else: walk.id });
  }
  lw.continueIn(call);
  let type = exact;
  if (described) {
    type = lw.gpr();
    lw.emit({ op: "lea", dst: type, symbol: t.symbol, addend: 0 });
  }
  const kind = t.generic ? "Generic" : t.desc ? "Class" : "";
  const fn = `${i.op === "CheckArg" ? "CSR_Args_Check" : "CSR_Cast_Check"}${kind}`;
  lw.callC(i, fn, args(type), undefined, true);
  lw.emit({ op: "jmp", target: done.id });
  lw.continueIn(done);
}

/** next(it): a list iterator with an item left is stepped inline (as listiter_next
 *  does); anything else, and the end of a list, goes through PyIter_Next. */
export function iterNext(lw: ObjectLowering, i: Instr, r: VReg): void {
  const it = lw.reg(i.args[0]);
  const [hasSeq, inRange, fast, slow, join] = [lw.newBlock(), lw.newBlock(), lw.newBlock(), lw.newBlock(), lw.newBlock()];
  const type = lw.gpr();
  lw.emit({ op: "load", dst: type, base: it, disp: LAYOUT.type, size: 64, signed: false });
  lw.emit({ op: "br", cond: "ne", a: type, b: lw.got(RUNTIME_DATA.listIterType), then: slow.id, else: hasSeq.id });
  lw.continueIn(hasSeq);
  const seq = lw.gpr();
  lw.emit({ op: "load", dst: seq, base: it, disp: LAYOUT.listIterSeq, size: 64, signed: false });
  lw.emit({ op: "br", cond: "eq", a: seq, b: 0n, then: slow.id, else: inRange.id });
  lw.continueIn(inRange);
  const [index, len] = [lw.gpr(), lw.gpr()];
  lw.emit({ op: "load", dst: index, base: it, disp: LAYOUT.listIterIndex, size: 64, signed: false });
  lw.emit({ op: "load", dst: len, base: seq, disp: LAYOUT.varSize, size: 64, signed: false });
  lw.emit({ op: "br", cond: "uge", a: index, b: len, then: slow.id, else: fast.id });
  lw.continueIn(fast);
  const [items, offset, addr, next] = [lw.gpr(), lw.gpr(), lw.gpr(), lw.gpr()];
  lw.emit({ op: "load", dst: items, base: seq, disp: LAYOUT.listItems, size: 64, signed: false });
  lw.emit({ op: "binop", kind: "shl", dst: offset, a: index, b: 3n });
  lw.emit({ op: "binop", kind: "add", dst: addr, a: items, b: offset });
  lw.emit({ op: "load", dst: r, base: addr, disp: 0, size: 64, signed: false });
  lw.emit({ op: "incref", v: r });
  lw.emit({ op: "binop", kind: "add", dst: next, a: index, b: 1n });
  lw.emit({ op: "store", base: it, disp: LAYOUT.listIterIndex, src: next, size: 64 });
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(slow);
  lw.emit({ op: "call", target: { symbol: "PyIter_Next" }, args: [it], results: [{ dst: r, loc: "rax" }], keep: true });
  lw.maybeOccurred(i, "eq", r, 0n, true);
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(join);
}

/** list[i] with an int64 index: inline for an exact list and 0 <= i < len (one unsigned
 *  compare), else CSR_Index_Get/Set, which also covers negative indexes and errors. A
 *  store takes a new reference to the value and releases the item it replaces. */
export function listItem(lw: ObjectLowering, i: Instr, r: VReg | undefined): void {
  const [seq, idx] = [lw.reg(i.args[0]), lw.reg(i.args[1])];
  const type = lw.gpr();
  const len = lw.gpr();
  const inRange = lw.newBlock();
  const fast = lw.newBlock();
  const slow = lw.newBlock();
  const join = lw.newBlock();
  if (i.attrs.kind === "chklist") {
    lw.emit({ op: "jmp", target: inRange.id }); // a checked list: list's layout, no type test
  } else {
    lw.emit({ op: "load", dst: type, base: seq, disp: LAYOUT.type, size: 64, signed: false });
    lw.emit({ op: "br", cond: "ne", a: type, b: lw.got(RUNTIME_DATA.listType), then: slow.id, else: inRange.id });
  }
  lw.continueIn(inRange);
  lw.emit({ op: "load", dst: len, base: seq, disp: LAYOUT.varSize, size: 64, signed: false });
  lw.emit({ op: "br", cond: "uge", a: idx, b: len, then: slow.id, else: fast.id });
  lw.continueIn(fast);
  const items = lw.gpr();
  const offset = lw.gpr();
  const addr = lw.gpr();
  lw.emit({ op: "load", dst: items, base: seq, disp: LAYOUT.listItems, size: 64, signed: false });
  lw.emit({ op: "binop", kind: "shl", dst: offset, a: idx, b: 3n });
  lw.emit({ op: "binop", kind: "add", dst: addr, a: items, b: offset });
  const borrowed = i.result?.ref === "borrowed"; // compiler/hir/borrow.ts
  if (r) {
    lw.emit({ op: "load", dst: r, base: addr, disp: 0, size: 64, signed: false });
    if (!borrowed) lw.emit({ op: "incref", v: r, ...(i.result!.mortal && { mortal: true }) });
  } else {
    const v = lw.reg(i.args[2]);
    const old = lw.gpr();
    lw.emit({ op: "load", dst: old, base: addr, disp: 0, size: 64, signed: false });
    lw.emit({ op: "incref", v });
    lw.emit({ op: "store", base: addr, disp: 0, src: v, size: 64 });
    lw.emit({ op: "decref", v: old, nullable: false });
  }
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(slow);
  if (r) {
    lw.callC(i, "CSR_Index_Get", [seq, idx], r, true);
    // A new reference; the list still holds one, so releasing it frees nothing.
    if (borrowed) lw.emit({ op: "decref", v: r, nullable: false });
  } else lw.callC(i, "CSR_Index_Set", [seq, idx, lw.reg(i.args[2])], undefined, true);
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(join);
}

/** Array[T][i] or Vector[T][i] (load when r is given, else store of arg 2): in range (one
 *  unsigned compare against ob_size) the element is one load or store at its native width,
 *  inline in an Array, behind the data pointer in a Vector; otherwise CSR_Array_Index /
 *  CSR_Vector_(Set)Index turn a negative index into one from the end or raise IndexError. */
export function arrayItem(lw: ObjectLowering, i: Instr, r: VReg | undefined): void {
  const [arr, idx] = [lw.reg(i.args[0]), lw.reg(i.args[1])];
  const vector = i.op === "VectorGetItem" || i.op === "VectorSetItem";
  const { size, signed } = primStorage(i.attrs.kind!);
  const index = lw.gpr();
  const len = lw.gpr();
  const slow = lw.newBlock(true);
  const fast = lw.newBlock();
  lw.emit({ op: "mov", dst: index, src: idx });
  lw.emit({ op: "load", dst: len, base: arr, disp: LAYOUT.arrayLength, size: 64, signed: false });
  lw.emit({ op: "br", cond: "uge", a: index, b: len, then: slow.id, else: fast.id });
  lw.continueIn(slow);
  const normalise = !vector ? "CSR_Array_Index" : r ? "CSR_Vector_Index" : "CSR_Vector_SetIndex";
  lw.callC(i, normalise, [arr, idx], index, true);
  lw.emit({ op: "jmp", target: fast.id });
  lw.continueIn(fast);
  const addr = vector ? elementAddress(lw, vectorData(lw, arr), index, size) : elementAddress(lw, arr, index, size);
  const disp = vector ? 0 : LAYOUT.arrayData;
  if (r) lw.emit({ op: "load", dst: r, base: addr, disp, size, signed });
  else lw.emit({ op: "store", base: addr, disp, src: lw.reg(i.args[2]), size });
}

/** A Vector's element storage (its data pointer). */
function vectorData(lw: ObjectLowering, v: VReg): VReg {
  const data = lw.gpr();
  lw.emit({ op: "load", dst: data, base: v, disp: LAYOUT.vectorData, size: 64, signed: false });
  return data;
}

/** base + index * (size / 8): element `index` of `size`-bit elements from base. */
function elementAddress(lw: ObjectLowering, base: VReg, index: VReg, size: number): VReg {
  const offset = lw.gpr();
  const addr = lw.gpr();
  lw.emit({ op: "binop", kind: "shl", dst: offset, a: index, b: BigInt(Math.log2(size / 8)) });
  lw.emit({ op: "binop", kind: "add", dst: addr, a: base, b: offset });
  return addr;
}

/** v.append(x) on a Vector: while ob_size < allocated and no buffer is exported, x is stored
 *  at data[ob_size] and ob_size grows by one; otherwise CSR_Vector_Append* lets array's own
 *  append grow the storage (or raise BufferError). */
export function vectorAppend(lw: ObjectLowering, i: Instr): void {
  const [v, x] = [lw.reg(i.args[0]), lw.reg(i.args[1])];
  const kind = i.attrs.kind!;
  const { size } = primStorage(kind);
  const [n, room, exports, grown] = [lw.gpr(), lw.gpr(), lw.gpr(), lw.gpr()];
  const slow = lw.newBlock(true);
  const unexported = lw.newBlock();
  const fast = lw.newBlock();
  const join = lw.newBlock();
  lw.emit({ op: "load", dst: n, base: v, disp: LAYOUT.arrayLength, size: 64, signed: false });
  lw.emit({ op: "load", dst: room, base: v, disp: LAYOUT.vectorAllocated, size: 64, signed: false });
  lw.emit({ op: "br", cond: "uge", a: n, b: room, then: slow.id, else: unexported.id });
  lw.continueIn(unexported);
  lw.emit({ op: "load", dst: exports, base: v, disp: LAYOUT.vectorExports, size: 64, signed: false });
  lw.emit({ op: "br", cond: "ne", a: exports, b: 0n, then: slow.id, else: fast.id });
  lw.continueIn(fast);
  lw.emit({ op: "store", base: elementAddress(lw, vectorData(lw, v), n, size), disp: 0, src: x, size });
  lw.emit({ op: "binop", kind: "add", dst: grown, a: n, b: 1n });
  lw.emit({ op: "store", base: v, disp: LAYOUT.arrayLength, src: grown, size: 64 });
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(slow);
  if (kind === "double") lw.callC(i, "CSR_Vector_AppendDouble", [v, x], undefined, true);
  else {
    const code = lw.gpr();
    lw.emit({ op: "movi", dst: code, value: BigInt(TYPE_CODES[kind]) });
    lw.callC(i, "CSR_Vector_AppendInt", [v, x, code], undefined, true);
  }
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(join);
}

/** A field: one load; an object field also tests for unset (AttributeError) and takes a
 *  reference. Every field is 8 bytes (primitives sign- or zero-extended). */
export function loadField(lw: ObjectLowering, i: Instr, r: VReg): void {
  const obj = lw.reg(i.args[0]);
  lw.emit({ op: "load", dst: r, base: obj, disp: i.attrs.offset!, ...primStorage(i.attrs.kind!) });
  if (i.attrs.kind !== "object") return;
  if (i.attrs.symbol) return loadDefaultedField(lw, i, obj, r);
  const name = lw.gpr();
  const err = lw.errorBlock(i, {
    fn: "CSR_Raise_AttributeError", args: [obj, name], setup: [{ op: "lea", dst: name, symbol: lw.ctx.cstring(i.attrs.name!), addend: 0 }],
  });
  const next = lw.newBlock();
  lw.emit({ op: "br", cond: "eq", a: r, b: 0n, then: err, else: next.id });
  lw.continueIn(next);
  if (i.result!.ref !== "borrowed") lw.emit({ op: "incref", v: r, ...(i.result!.mortal && { mortal: true }) });
}

/** A field with a class default (attrs `symbol`, `index`: its CSR_ClassDesc and index): an
 *  unset slot takes CSR_Field_Default's new reference (never borrowed: see borrow.ts). */
function loadDefaultedField(lw: ObjectLowering, i: Instr, obj: VReg, r: VReg): void {
  const set = lw.newBlock();
  const unset = lw.newBlock(true);
  const join = lw.newBlock();
  lw.emit({ op: "br", cond: "eq", a: r, b: 0n, then: unset.id, else: set.id });
  lw.continueIn(set);
  lw.emit({ op: "incref", v: r, ...(i.result!.mortal && { mortal: true }) });
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(unset);
  const desc = lw.gpr();
  const index = lw.gpr();
  lw.emit({ op: "lea", dst: desc, symbol: i.attrs.symbol!, addend: 0 });
  lw.emit({ op: "movi", dst: index, value: BigInt(i.attrs.index!) });
  lw.callC(i, "CSR_Field_Default", [obj, desc, index], r, true);
  lw.emit({ op: "jmp", target: join.id });
  lw.continueIn(join);
}

/** A field store; an object field's old value (if any) is released after the store. */
export function storeField(lw: ObjectLowering, i: Instr): void {
  const obj = lw.reg(i.args[0]);
  const v = lw.reg(i.args[1]);
  if (i.attrs.kind !== "object") {
    lw.emit({ op: "store", base: obj, disp: i.attrs.offset!, src: v, size: primStorage(i.attrs.kind!).size });
    return;
  }
  const old = lw.gpr();
  lw.emit({ op: "load", dst: old, base: obj, disp: i.attrs.offset!, size: 64, signed: false });
  lw.emit({ op: "store", base: obj, disp: i.attrs.offset!, src: v, size: 64 });
  lw.emit({ op: "decref", v: old, nullable: true });
}

/** INVOKE_METHOD: an indirect call through slot `slot` of the receiver's vtable, which
 *  is current while the type's version tag matches the one it was built for; otherwise
 *  CSR_VTable_Get rebuilds it. */
export function invokeMethod(lw: ObjectLowering, i: Instr, r: VReg | undefined): void {
  const self = lw.reg(i.args[0]);
  const type = lw.gpr();
  const vt = lw.gpr();
  lw.emit({ op: "load", dst: type, base: self, disp: LAYOUT.type, size: 64, signed: false });
  lw.emit({ op: "load", dst: vt, base: type, disp: LAYOUT.typeCache, size: 64, signed: false });
  const check = lw.newBlock();
  const slow = lw.newBlock();
  const fast = lw.newBlock();
  lw.emit({ op: "br", cond: "eq", a: vt, b: 0n, then: slow.id, else: check.id });
  lw.continueIn(check);
  const tag = lw.gpr();
  const version = lw.gpr();
  lw.emit({ op: "load", dst: tag, base: type, disp: LAYOUT.typeVersionTag, size: 32, signed: false });
  lw.emit({ op: "load", dst: version, base: vt, disp: LAYOUT.vtableVersion, size: 64, signed: false });
  lw.emit({ op: "br", cond: "ne", a: tag, b: version, then: slow.id, else: fast.id });
  lw.continueIn(slow);
  lw.emit({ op: "call", target: { symbol: "CSR_VTable_Get" }, args: [type], results: [{ dst: vt, loc: "rax" }], keep: true });
  lw.emit({ op: "br", cond: "eq", a: vt, b: 0n, then: lw.errorBlock(i), else: fast.id });
  lw.continueIn(fast);
  const fn = lw.gpr();
  lw.emit({ op: "load", dst: fn, base: vt, disp: LAYOUT.vtableEntries + 8 * i.attrs.slot!, size: 64, signed: false });
  lw.invokeStatic(i, r, { vreg: fn });
}

/** How a value of `kind` (a primitive's name, or "object") sits in memory: its width in
 *  bits, and whether a load sign-extends it (integers by their signedness; cbool, double and
 *  objects need no extension). */
function primStorage(kind: string): { size: 8 | 16 | 32 | 64; signed: boolean } {
  const size = (kind === "object" ? 64 : 8 * PRIM_SIZE[TYPE_CODES[kind]]) as 8 | 16 | 32 | 64;
  return { size, signed: kind in INT_PRIMS && INT_PRIMS[kind as IntPrimName].signed };
}

/** LOAD_GLOBAL through its site cache (CSR_GlobalCache): while the globals dict (and the
 *  builtins dict, when the value came from there) keep the versions the cache saw, the
 *  cached value is the answer, increfed inline; else CSR_Global_LoadCached looks it up and
 *  refills the cache. `name` is built on the slow path only. */
export function loadGlobal(lw: ObjectLowering, i: Instr, r: VReg, globals: VReg, cache: VReg, name: () => VReg): void {
  const load = (disp: number, base = cache) => {
    const dst = lw.gpr();
    lw.emit({ op: "load", dst, base, disp, size: 64, signed: false });
    return dst;
  };
  const [slow, hit, done] = [lw.newBlock(true), lw.newBlock(), lw.newBlock()];
  const step = () => lw.newBlock();
  const value = load(LAYOUT.globalCacheValue);
  let next = step();
  lw.emit({ op: "br", cond: "eq", a: value, b: 0n, then: slow.id, else: next.id });
  lw.continueIn(next);
  const seen = load(LAYOUT.globalCacheGlobalsVersion);
  next = step();
  lw.emit({ op: "br", cond: "ne", a: load(LAYOUT.dictVersion, globals), b: seen, then: slow.id, else: next.id });
  lw.continueIn(next);
  const builtins = load(LAYOUT.globalCacheBuiltins);
  next = step();
  lw.emit({ op: "br", cond: "eq", a: builtins, b: 0n, then: hit.id, else: next.id });
  lw.continueIn(next);
  const seenBuiltins = load(LAYOUT.globalCacheBuiltinsVersion);
  lw.emit({ op: "br", cond: "ne", a: load(LAYOUT.dictVersion, builtins), b: seenBuiltins, then: slow.id, else: hit.id });
  lw.continueIn(hit);
  lw.emit({ op: "mov", dst: r, src: value });
  lw.emit({ op: "incref", v: r });
  lw.emit({ op: "jmp", target: done.id });
  lw.continueIn(slow);
  lw.callC(i, "CSR_Global_LoadCached", [globals, name(), cache], r, true);
  lw.emit({ op: "jmp", target: done.id });
  lw.continueIn(done);
}

/** Unbox to int64: an exact int of at most one digit (CPython 3.11's PyLongObject: ob_size
 *  is the sign times the digit count, then 30-bit digits) is read inline; anything else goes
 *  through `fn` with its checks and messages. */
export function unboxInt64(lw: ObjectLowering, i: Instr, r: VReg, fn: string): void {
  const v = lw.reg(i.args[0]);
  const [small, slow, done] = [lw.newBlock(), lw.newBlock(true), lw.newBlock()];
  const vtype = lw.gpr();
  const size = lw.gpr();
  const sizePlus1 = lw.gpr();
  lw.emit({ op: "load", dst: vtype, base: v, disp: LAYOUT.type, size: 64, signed: false });
  const exact = lw.newBlock();
  lw.emit({ op: "br", cond: "ne", a: vtype, b: lw.got("PyLong_Type"), then: slow.id, else: exact.id });
  lw.continueIn(exact);
  lw.emit({ op: "load", dst: size, base: v, disp: LAYOUT.varSize, size: 64, signed: false });
  lw.emit({ op: "binop", kind: "add", dst: sizePlus1, a: size, b: 1n });
  lw.emit({ op: "br", cond: "ugt", a: sizePlus1, b: 2n, then: slow.id, else: small.id });
  lw.continueIn(small);
  // ob_size is -1, 0 or 1: the value is ob_size times the first digit (0 times anything for 0).
  const digit = lw.gpr();
  lw.emit({ op: "load", dst: digit, base: v, disp: LAYOUT.longDigits, size: 32, signed: false });
  lw.emit({ op: "binop", kind: "imul", dst: r, a: size, b: digit });
  lw.emit({ op: "jmp", target: done.id });
  lw.continueIn(slow);
  lw.callC(i, fn, [v], r, true);
  lw.emit({ op: "jmp", target: done.id });
  lw.continueIn(done);
}
