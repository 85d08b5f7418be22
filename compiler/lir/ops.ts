// One record per LIR opcode: which virtual registers it reads and writes, whether it ends a
// block, and whether it may call out (so caller-saved registers do not survive it).
// Liveness, the verifier and the register allocator read these records; the printer and
// parser own the text syntax (see parse.ts for the grammar).
//
//   defs({ op: "binop", kind: "add", dst: %3, a: %1, b: 8n }) = [%3]
//   uses(same) = [%1]

import type { BlockId, LInst, VReg } from "./lir.js";

type Op = LInst["op"];
type InstOf<K extends Op> = Extract<LInst, { op: K }>;

interface OpRecord<K extends Op> {
  defs(i: InstOf<K>): VReg[];
  uses(i: InstOf<K>): VReg[];
  /** Ends a block; successors are the block ids it may transfer to. */
  successors?(i: InstOf<K>): BlockId[];
  /** May call a C function: every caller-saved register is dead afterwards. */
  callsOut?: (i: InstOf<K>) => boolean;
}

const none = (): VReg[] => [];
const vregs = (...xs: (VReg | bigint | undefined)[]): VReg[] =>
  xs.filter((x): x is VReg => x !== undefined && typeof x !== "bigint");

export const OPS: { [K in Op]: OpRecord<K> } = {
  mov: { defs: (i) => [i.dst], uses: (i) => [i.src] },
  movi: { defs: (i) => [i.dst], uses: none },
  movf: { defs: (i) => [i.dst], uses: none },
  load: { defs: (i) => [i.dst], uses: (i) => [i.base] },
  store: { defs: none, uses: (i) => vregs(i.base, i.src) },
  loadsym: { defs: (i) => [i.dst], uses: none },
  loadgot: { defs: (i) => [i.dst], uses: none },
  lea: { defs: (i) => [i.dst], uses: none },
  leaslot: { defs: (i) => [i.dst], uses: none },
  binop: { defs: (i) => [i.dst], uses: (i) => vregs(i.a, i.b) },
  sext: { defs: (i) => [i.dst], uses: (i) => [i.a] },
  unop: { defs: (i) => [i.dst], uses: (i) => [i.a] },
  idiv: { defs: (i) => vregs(i.quot, i.rem), uses: (i) => [i.a, i.b] },
  fbinop: { defs: (i) => [i.dst], uses: (i) => [i.a, i.b] },
  i2f: { defs: (i) => [i.dst], uses: (i) => [i.a] },
  setcc: { defs: (i) => [i.dst], uses: (i) => vregs(i.a, i.b) },
  fsetcc: { defs: (i) => [i.dst], uses: (i) => [i.a, i.b] },
  call: {
    defs: (i) => i.results.map((r) => r.dst),
    uses: (i) => [...("vreg" in i.target ? [i.target.vreg] : []), ...i.args],
    callsOut: (i) => !i.keep,
  },
  // Incref is inline code that never calls; decref's rare deallocation goes through a stub
  // that saves every register (runtime-support/stubs.c). So values, doubles included,
  // stay in caller-saved registers across both.
  incref: { defs: none, uses: (i) => [i.v] },
  decref: { defs: none, uses: (i) => [i.v] },
  params: { defs: (i) => i.dsts, uses: none },
  jmp: { defs: none, uses: none, successors: (i) => [i.target] },
  br: { defs: none, uses: (i) => vregs(i.a, i.b), successors: (i) => [i.then, i.else] },
  brtest: { defs: none, uses: (i) => [i.a], successors: (i) => [i.then, i.else] },
  brstack: { defs: none, uses: none, successors: (i) => [i.then, i.else] },
  fbr: { defs: none, uses: (i) => [i.a, i.b], successors: (i) => [i.then, i.else] },
  ret: { defs: none, uses: (i) => vregs(...i.values.map((v) => v.src)), successors: () => [] },
};

// TypeScript cannot relate OPS[i.op] to i's own variant, hence the one cast per accessor.
const record = (i: LInst) => OPS[i.op] as OpRecord<Op>;

export const defs = (i: LInst): VReg[] => record(i).defs(i);
export const uses = (i: LInst): VReg[] => record(i).uses(i);
export const callsOut = (i: LInst): boolean => record(i).callsOut?.(i) === true;
/** A call through the register-preserving stub: only rax (its result) is clobbered. */
export const keepsRegisters = (i: LInst): boolean => i.op === "call" && i.keep === true;
/** Successor blocks of a terminator ([] for ret); undefined for other instructions. */
export const successors = (i: LInst): BlockId[] | undefined => record(i).successors?.(i);
