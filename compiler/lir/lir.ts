// LIR: machine-level operations on virtual registers, one step above x86-64.
//
// Consumes: produced by compiler/lir/lower.ts from HIR (after refcount insertion).
// Produces: input of backend/x86/regalloc.ts (linear scan) and backend/x86/codegen.ts.
// Invariants:
//  - Not SSA: a virtual register may be assigned in several blocks (HIR block parameters
//    become copies in the predecessors; critical edges are split before lowering).
//  - Every virtual register has a class: "gpr" (64-bit integer or pointer) or "xmm" (double).
//  - Every block ends with exactly one terminator (jmp, br, brtest, ret) and has no
//    terminator elsewhere. No branch targets the entry block (it runs `params` once).
//  - Calls follow the SysV x86-64 ABI: integer-class args in rdi, rsi, rdx, rcx, r8, r9 then
//    the stack; xmm args in xmm0..xmm7 then the stack; results are named by location.
//    A call clobbers every caller-saved register: rax rcx rdx rsi rdi r8-r11 and all xmm
//    registers. Incref and decref are inline and clobber none (decref's deallocation path
//    calls a stub that preserves every register).
//  - Text form: print.ts / parse.ts (the grammar is in parse.ts); verify.ts checks all this.
//
//   export fn @fib_native {
//   b0:
//     params %0:g
//     br lt %0:g, 2 ? b1 : b2
//   b1:
//     ret %0:g@rax, 0@rdx  ...

export type RegClass = "gpr" | "xmm";

export interface VReg {
  id: number;
  cls: RegClass;
}

/** The same virtual register (the parser makes one VReg object per mention). */
export const sameReg = (x: VReg, y: VReg): boolean => x.id === y.id && x.cls === y.cls;

export type Cond = "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "ult" | "ule" | "ugt" | "uge";
/** The condition true exactly when `c` is false. */
export const NEGATED_COND: Record<Cond, Cond> = {
  eq: "ne", ne: "eq", lt: "ge", ge: "lt", le: "gt", gt: "le", ult: "uge", uge: "ult", ule: "ugt", ugt: "ule",
};
/** Ordered/unordered double comparisons; false when either side is NaN except "fne". */
export type FCond = "feq" | "fne" | "flt" | "fle" | "fgt" | "fge";

export type IntBinop = "add" | "sub" | "imul" | "and" | "or" | "xor" | "shl" | "sar" | "shr";
/** sqrtsd computes dst = sqrt(b); its `a` is ignored (the lowering passes b twice). */
export type FloatBinop = "addsd" | "subsd" | "mulsd" | "divsd" | "sqrtsd";

/** Where a call argument/result or function parameter lives under the ABI. */
export type AbiLoc = "rax" | "rdx" | "xmm0";

export type BlockId = number;

export type LInst =
  /** dst = src (same class). */
  | { op: "mov"; dst: VReg; src: VReg }
  /** dst = 64-bit immediate (gpr). */
  | { op: "movi"; dst: VReg; value: bigint }
  /** dst = double constant (xmm); codegen materialises it (e.g. via a gpr and movq). */
  | { op: "movf"; dst: VReg; value: number }
  /** dst = [base + disp], zero- or sign-extended from `size` bits to 64. An xmm dst loads a
   *  double (size 64). */
  | { op: "load"; dst: VReg; base: VReg; disp: number; size: 8 | 16 | 32 | 64; signed: boolean }
  /** [base + disp] = src (low `size` bits). An immediate src must fit in a sign-extended imm32.
   *  An xmm src stores a double (size 64). */
  | { op: "store"; base: VReg; disp: number; src: VReg | bigint; size: 8 | 16 | 32 | 64 }
  /** dst = [rip + symbol + addend] (64-bit load of a pointer cell in .data). */
  | { op: "loadsym"; dst: VReg; symbol: string; addend: number }
  /** dst = address of an external data symbol (in libpython), read from the GOT:
   *  mov dst, [rip + symbol@GOTPCREL]. Keeps object identity with the shared library. */
  | { op: "loadgot"; dst: VReg; symbol: string }
  /** dst = &symbol + addend (lea rip-relative). */
  | { op: "lea"; dst: VReg; symbol: string; addend: number }
  /** dst = address of the function's stack slot `slot` (see LFunction.slots). */
  | { op: "leaslot"; dst: VReg; slot: number }
  /** dst = a OP b (64-bit, two's complement wraparound). Shift counts are masked to 6 bits. */
  | { op: "binop"; kind: IntBinop; dst: VReg; a: VReg; b: VReg | bigint }
  /** dst = a sign-extended from its low `from` bits (C functions returning int leave the
   *  upper half of rax undefined). */
  | { op: "sext"; dst: VReg; a: VReg; from: 8 | 16 | 32 }
  /** dst = -a or ~a (64-bit). */
  | { op: "unop"; kind: "neg" | "not"; dst: VReg; a: VReg }
  /** Signed 64-bit division truncating toward zero (cqo; idiv), or with `unsigned`
   *  unsigned division (xor edx, edx; div; printed `div`). The lowering guarantees b != 0
   *  and, when signed, not (a == INT64_MIN && b == -1). Either result may be omitted. */
  | { op: "idiv"; quot?: VReg; rem?: VReg; a: VReg; b: VReg; unsigned?: boolean }
  /** dst = a OP b on doubles. */
  | { op: "fbinop"; kind: FloatBinop; dst: VReg; a: VReg; b: VReg }
  /** dst (xmm) = (double) a (gpr, signed 64-bit). */
  | { op: "i2f"; dst: VReg; a: VReg }
  /** dst = (a COND b) ? 1 : 0, signed/unsigned 64-bit compare. */
  | { op: "setcc"; cond: Cond; dst: VReg; a: VReg; b: VReg | bigint }
  /** dst = (a FCOND b) ? 1 : 0 on doubles, NaN-correct as Python's comparisons. */
  | { op: "fsetcc"; cond: FCond; dst: VReg; a: VReg; b: VReg }
  /** Call `target` (a symbol, PLT32 relocation, or a gpr holding an address). Args are
   *  classified in order by their class; results are read from the named locations. */
  | {
      op: "call";
      target: { symbol: string } | { vreg: VReg };
      args: VReg[];
      results: { dst: VReg; loc: AbiLoc }[];
      /** Made through a stub that preserves every register but rax (the result): slow
       *  paths that rejoin fast code, so values around them (doubles included) stay in
       *  registers. Clobbers only rax (codegen saves the argument registers it loads). A
       *  symbol target, at most 6 integer register arguments, one result in rax. */
      keep?: true;
    }
  /** Py_INCREF(v) unless v is immortal (bit 60 of ob_refcnt set). `mortal`: v is known
   *  not to be (printed `incref.mortal`), so there is no test. */
  | { op: "incref"; v: VReg; mortal?: boolean }
  /** Py_DECREF(v) unless immortal: on reaching zero deallocates v (through a stub that
   *  preserves every register). `nullable`: Py_XDECREF. `mortal` as for incref. */
  | { op: "decref"; v: VReg; nullable: boolean; mortal?: boolean }
  /** Function entry: copy the incoming ABI arguments (classified in order) into these vregs.
   *  Only as the first instruction of the entry block. */
  | { op: "params"; dsts: VReg[] }
  // ---- terminators ----
  | { op: "jmp"; target: BlockId }
  /** if (a COND b) goto then else goto else. */
  | { op: "br"; cond: Cond; a: VReg; b: VReg | bigint; then: BlockId; else: BlockId }
  /** if (a != 0) goto then else goto else. */
  | { op: "brtest"; a: VReg; then: BlockId; else: BlockId }
  /** To `then` if rsp is below the thread-local stack limit `symbol` (fs:[symbol@tpoff]),
   *  else to `else`: the recursion guard at native function entry. */
  | { op: "brstack"; symbol: string; then: BlockId; else: BlockId }
  /** To `then` if the ordered double comparison `a cond b` holds (false on NaN), else to
   *  `else`. Only flt, fle, fgt, fge: one ucomisd and one jump. */
  | { op: "fbr"; cond: FCond; a: VReg; b: VReg; then: BlockId; else: BlockId }
  /** Return, placing each value in its ABI location (rax for objects; rax+rdx for int64
   *  results with an error flag; xmm0+rax for double results with an error flag). An
   *  immediate value is allowed for constants such as the error flag. */
  | { op: "ret"; values: { src: VReg | bigint; loc: AbiLoc }[] };

export type Terminator = Extract<LInst, { op: "jmp" | "br" | "brtest" | "brstack" | "fbr" | "ret" }>;

export interface LBlock {
  id: BlockId;
  insts: LInst[];
}

export interface LFunction {
  /** Symbol name in the object file. */
  name: string;
  /** Blocks in layout order; blocks[0] is the entry. Block ids are unique but need not be dense. */
  blocks: LBlock[];
  /** Sizes in bytes of stack slots (8-byte aligned), e.g. argument arrays for vectorcall. */
  slots: number[];
  /** Number of virtual registers allocated (ids are 0..nextVReg-1). */
  nextVReg: number;
  /** Global (exported) symbol or local to the object. */
  global: boolean;
}

export function isTerminator(i: LInst): i is Terminator {
  return i.op === "jmp" || i.op === "br" || i.op === "brtest" || i.op === "brstack" || i.op === "fbr" || i.op === "ret";
}
