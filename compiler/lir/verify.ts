// The LIR verifier: checks the invariants lir.ts promises before the backend relies on them.
//
// Consumes an LFunction; produces a list of errors, each attached to the instruction, block
// label or function header it is about. `assertValidLir` throws an InternalError whose text
// is the function with each error as a `; error: ...` comment on the offending line, the
// same form verifier tests are written in.
// Checked: blocks end in exactly one terminator and branch to existing blocks other than
// the entry (which runs `params` and the prologue once); `params`
// only as the first instruction of the entry block; every vreg keeps one class and is below
// nextVReg; operand classes, immediate ranges and ABI locations fit the opcode; slot sizes;
// no vreg is read on a path from the entry that has not written it.
//
//   b0:
//     %1:g = add %0:x, 1  ; error: operand a of binop must be gpr, %0:x is xmm

import { InternalError } from "../diagnostics.js";
import type { AbiLoc, BlockId, LBlock, LFunction, LInst, RegClass, VReg } from "./lir.js";
import { isTerminator } from "./lir.js";
import { BitSet } from "./liveness.js";
import { defs, successors, uses } from "./ops.js";
import { type NoteSite, printFunction, vregText } from "./print.js";

export interface LirError {
  site: NoteSite;
  message: string;
}

const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
/** Immediates are 64-bit patterns: signed or unsigned spellings are both accepted. */
const INT64 = { min: -(2n ** 63n), max: 2n ** 64n - 1n };
const LOC_CLASS: Record<AbiLoc, RegClass> = { rax: "gpr", rdx: "gpr", xmm0: "xmm" };

/** Do a call's arguments all go in SysV argument registers (6 integer, 8 xmm)? */
function inRegisters(args: VReg[]): boolean {
  return args.filter((a) => a.cls === "gpr").length <= 6 && args.filter((a) => a.cls === "xmm").length <= 8;
}

export function verifyLir(f: LFunction): LirError[] {
  const errors: LirError[] = [];
  const ids = new Set<BlockId>();
  if (f.blocks.length === 0) errors.push({ site: {}, message: "function has no blocks" });
  f.slots.forEach((size, k) => {
    if (size <= 0 || size % 8 !== 0) errors.push({ site: {}, message: `slot s${k} size ${size} is not a positive multiple of 8` });
  });
  for (const b of f.blocks) {
    if (ids.has(b.id)) errors.push({ site: { block: b.id }, message: `block b${b.id} is defined twice` });
    ids.add(b.id);
  }

  const classes = new Map<number, RegClass>();
  for (const b of f.blocks) {
    if (b.insts.length === 0) errors.push({ site: { block: b.id }, message: "block has no terminator" });
    b.insts.forEach((inst, index) => {
      const site = { block: b.id, index };
      const problems: string[] = [];
      const last = index === b.insts.length - 1;
      if (isTerminator(inst) && !last) problems.push(`${inst.op} is a terminator but not last in its block`);
      if (!isTerminator(inst) && last) problems.push("block does not end with a terminator");
      if (inst.op === "params" && (b !== f.blocks[0] || index !== 0)) problems.push("params must be the first instruction of the entry block");
      for (const t of successors(inst) ?? []) {
        if (!ids.has(t)) problems.push(`branch target b${t} does not exist`);
        else if (t === f.blocks[0].id) problems.push(`branch target b${t} is the entry block`);
      }
      for (const v of [...uses(inst), ...defs(inst)]) {
        if (v.id < 0 || v.id >= f.nextVReg) problems.push(`${vregText(v)} is not below nextVReg ${f.nextVReg}`);
        const cls = classes.get(v.id);
        if (cls === undefined) classes.set(v.id, v.cls);
        else if (cls !== v.cls) problems.push(`%${v.id} is ${cls} elsewhere but ${v.cls} here`);
      }
      problems.push(...operandProblems(f, inst));
      for (const message of problems) errors.push({ site, message });
    });
  }
  // Reading an unwritten vreg only makes sense on well-formed control flow.
  if (errors.length === 0) errors.push(...readsBeforeWrites(f));
  return errors;
}

/** Class, range and location rules of each opcode. */
function operandProblems(f: LFunction, i: LInst): string[] {
  const problems: string[] = [];
  const want = (v: VReg, cls: RegClass, role: string) => {
    if (v.cls !== cls) problems.push(`${role} of ${i.op} must be ${cls}, ${vregText(v)} is ${v.cls}`);
  };
  const fits = (x: bigint, range: { min: bigint; max: bigint }, role: string) => {
    if (x < range.min || x > range.max) problems.push(`${role} ${x} of ${i.op} does not fit in ${range === INT32 ? "a signed 32-bit" : "a 64-bit"} immediate`);
  };
  const value = (x: VReg | bigint, cls: RegClass, role: string, range = INT64) =>
    typeof x === "bigint" ? fits(x, range, role) : want(x, cls, role);
  const distinct = (keys: (string | number)[], what: string) => {
    if (new Set(keys).size !== keys.length) problems.push(`${i.op} names the same ${what} twice`);
  };
  const disp = (d: number) => fits(BigInt(d), INT32, "displacement");

  switch (i.op) {
    case "mov":
      if (i.dst.cls !== i.src.cls) problems.push(`mov between classes: ${vregText(i.dst)} = ${vregText(i.src)}`);
      break;
    case "movi": want(i.dst, "gpr", "dst"); fits(i.value, INT64, "value"); break;
    case "movf": want(i.dst, "xmm", "dst"); break;
    case "load":
      want(i.base, "gpr", "base");
      disp(i.disp);
      if (i.dst.cls === "xmm" && i.size !== 64) problems.push("an xmm load must be 64 bits");
      break;
    case "store":
      want(i.base, "gpr", "base");
      disp(i.disp);
      value(i.src, typeof i.src === "bigint" || i.size !== 64 ? "gpr" : i.src.cls, "src", INT32);
      break;
    case "loadsym": case "loadgot": case "lea": want(i.dst, "gpr", "dst"); break;
    case "leaslot":
      want(i.dst, "gpr", "dst");
      if (!(i.slot >= 0 && i.slot < f.slots.length)) problems.push(`slot s${i.slot} does not exist`);
      break;
    case "binop": want(i.dst, "gpr", "dst"); want(i.a, "gpr", "operand a"); value(i.b, "gpr", "operand b"); break;
    case "sext": case "unop": want(i.dst, "gpr", "dst"); want(i.a, "gpr", "operand a"); break;
    case "idiv":
      want(i.a, "gpr", "operand a");
      want(i.b, "gpr", "operand b");
      if (!i.quot && !i.rem) problems.push("idiv must write a quotient or a remainder");
      for (const r of [i.quot, i.rem]) if (r) want(r, "gpr", "result");
      if (i.quot && i.rem) distinct([i.quot.id, i.rem.id], "result");
      break;
    case "fbinop": want(i.dst, "xmm", "dst"); want(i.a, "xmm", "operand a"); want(i.b, "xmm", "operand b"); break;
    case "i2f": want(i.dst, "xmm", "dst"); want(i.a, "gpr", "operand a"); break;
    case "setcc": want(i.dst, "gpr", "dst"); want(i.a, "gpr", "operand a"); value(i.b, "gpr", "operand b"); break;
    case "fsetcc": want(i.dst, "gpr", "dst"); want(i.a, "xmm", "operand a"); want(i.b, "xmm", "operand b"); break;
    case "call":
      if ("vreg" in i.target) want(i.target.vreg, "gpr", "target");
      for (const r of i.results) want(r.dst, LOC_CLASS[r.loc], `result @${r.loc}`);
      distinct(i.results.map((r) => r.loc), "location");
      distinct(i.results.map((r) => r.dst.id), "result");
      if (i.keep && ("vreg" in i.target || !inRegisters(i.args) || i.results.some((r) => r.loc !== "rax"))) {
        problems.push("a keeping call needs a symbol target, its arguments in registers and its result in rax");
      }
      break;
    case "incref": case "decref": want(i.v, "gpr", "operand"); break;
    case "params": distinct(i.dsts.map((d) => d.id), "vreg"); break;
    case "jmp": break;
    case "br": want(i.a, "gpr", "operand a"); value(i.b, "gpr", "operand b"); break;
    case "brtest": want(i.a, "gpr", "operand"); break;
    case "brstack": break;
    case "fbr":
      want(i.a, "xmm", "operand a");
      want(i.b, "xmm", "operand b");
      if (i.cond === "feq" || i.cond === "fne") problems.push("fbr takes an ordered comparison (flt, fle, fgt, fge)");
      break;
    case "ret":
      for (const v of i.values) {
        if (typeof v.src === "bigint" && LOC_CLASS[v.loc] !== "gpr") problems.push(`an immediate cannot be returned in @${v.loc}`);
        value(v.src, LOC_CLASS[v.loc], `value @${v.loc}`);
      }
      distinct(i.values.map((v) => v.loc), "location");
      break;
  }
  return problems;
}

/** A forward "maybe unwritten" dataflow from the entry: every read must find its vreg
 *  written on all paths that reach it. */
function readsBeforeWrites(f: LFunction): LirError[] {
  const n = f.nextVReg;
  const unwrittenIn = new Map(f.blocks.map((b) => [b.id, new BitSet(n)]));
  unwrittenIn.get(f.blocks[0].id)!.fill();
  const outOf = (b: LBlock): BitSet => {
    const out = new BitSet(n);
    out.unionMinus(unwrittenIn.get(b.id)!);
    for (const inst of b.insts) for (const v of defs(inst)) out.delete(v.id);
    return out;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      const out = outOf(b);
      for (const s of successors(b.insts[b.insts.length - 1]) ?? []) {
        if (unwrittenIn.get(s)!.unionMinus(out)) changed = true;
      }
    }
  }
  const errors: LirError[] = [];
  for (const b of f.blocks) {
    const unwritten = new BitSet(n);
    unwritten.unionMinus(unwrittenIn.get(b.id)!);
    b.insts.forEach((inst, index) => {
      for (const v of uses(inst)) {
        if (unwritten.has(v.id)) errors.push({ site: { block: b.id, index }, message: `${vregText(v)} may be read before it is written` });
      }
      for (const v of defs(inst)) unwritten.delete(v.id);
    });
  }
  return errors;
}

/** The function's text with each error as a comment on the line it is about. */
export function annotateErrors(f: LFunction, errors: LirError[]): string {
  return printFunction(f, (site) => {
    const here = errors.filter((e) => e.site.block === site.block && e.site.index === site.index);
    return here.length ? here.map((e) => `error: ${e.message}`).join("; ") : undefined;
  });
}

/** Throws an InternalError naming `stage` (the pass that produced `f`) if `f` is invalid. */
export function assertValidLir(f: LFunction, stage: string): void {
  const errors = verifyLir(f);
  if (errors.length === 0) return;
  throw new InternalError(stage, `invalid LIR in @${f.name} after ${stage}:\n${annotateErrors(f, errors)}`, f.name);
}
