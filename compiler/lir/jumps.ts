// Jump threading on LIR: a branch to a block that only jumps on goes straight to where it
// goes, and blocks nothing reaches any more are dropped. The lowering leaves many such
// blocks (a loop's exit that jumps to the code after the loop, joins of empty arms).
// An edge into a block that is only a `br` whose outcome is known on that edge goes to the
// outcome: the same test just decided it, or (before register allocation, `constants`) the
// tested register was set to a constant just before the jump: the join of a cbool `and`/
// `or` or of an inlined predicate's returns, branched on at once.
// Runs after lowering, before register allocation, and again after it.
//
//   br lt %1:g, %2:g ? b3 : b4          br lt %1:g, %2:g ? b3 : b6
//   b4:                          =>     (b4 dropped)
//     jmp b6
//
//   %5:g = movi 0                       %5:g = movi 0
//   jmp b8                       =>     jmp b17
//   b8: br ne %5:g, 0 ? b10 : b17

import { type BlockId, type Cond, type LBlock, type LFunction, type LInst, NEGATED_COND, type VReg, sameReg } from "./lir.js";
import { defs, successors } from "./ops.js";

/** An integer test a branch makes: `brtest a` is `br ne a, 0`. */
interface Test {
  cond: Cond;
  a: VReg;
  b: VReg | bigint;
  then: BlockId;
  else: BlockId;
}

function testOf(i: LInst | undefined): Test | undefined {
  if (i?.op === "br") return i;
  if (i?.op === "brtest") return { cond: "ne", a: i.a, b: 0n, then: i.then, else: i.else };
  return undefined;
}

export function threadJumps(f: LFunction, constants = false): void {
  const byId = new Map(f.blocks.map((b) => [b.id, b]));
  // Where a jump to `id` ends up after following blocks that are a lone `jmp` (a cycle of
  // them stops where it would revisit).
  const resolve = (id: BlockId): BlockId => {
    const seen = new Set<BlockId>();
    let at = id;
    for (;;) {
      const b = byId.get(at)!;
      const only = b.insts.length === 1 ? b.insts[0] : undefined;
      if (only?.op !== "jmp" || seen.has(at) || at === f.blocks[0].id) return at;
      seen.add(at);
      at = only.target;
    }
  };
  // Follow lone jumps, then a lone branch whose outcome `known` tells, a bounded number of times.
  const thread = (id: BlockId, known: (test: Test) => boolean | undefined): BlockId => {
    for (let n = 0; n < 8; n++) {
      id = resolve(id);
      const insts = byId.get(id)!.insts;
      const only = insts.length === 1 ? testOf(insts[0]) : undefined;
      const outcome = only && known(only);
      if (outcome === undefined) return id;
      id = outcome ? only!.then : only!.else;
    }
    return id;
  };
  for (const b of f.blocks) {
    const t = b.insts[b.insts.length - 1] as LInst & { target?: BlockId; then?: BlockId; else?: BlockId };
    const test = testOf(t);
    if (t.op === "jmp") t.target = thread(t.target!, (next) => (constants ? constantOutcome(b, next) : undefined));
    else if (test) {
      t.then = thread(t.then!, (next) => sameTest(test, next, true));
      t.else = thread(t.else!, (next) => sameTest(test, next, false));
    } else if (t.then !== undefined) {
      t.then = resolve(t.then);
      t.else = resolve(t.else!);
    }
  }
  const reached = new Set<BlockId>([f.blocks[0].id]);
  const work = [f.blocks[0]];
  while (work.length) {
    const b = work.pop()!;
    for (const s of successors(b.insts[b.insts.length - 1]) ?? []) {
      if (!reached.has(s)) {
        reached.add(s);
        work.push(byId.get(s)!);
      }
    }
  }
  f.blocks = f.blocks.filter((b) => reached.has(b.id));
}

/** `br`'s outcome after `prior` went its then (`taken`) or else way, if it tests the same. */
function sameTest(prior: Test, br: Test, taken: boolean): boolean | undefined {
  const same = (x: VReg | bigint, y: VReg | bigint) => (typeof x === "bigint" ? x === y : typeof y !== "bigint" && sameReg(x, y));
  if (!same(prior.a, br.a) || !same(prior.b, br.b)) return undefined;
  if (br.cond === prior.cond) return taken;
  if (br.cond === NEGATED_COND[prior.cond]) return !taken;
  return undefined;
}

/** `br`'s outcome when `from`'s last writes to its operands (through copies) are constants. */
function constantOutcome(from: LBlock, br: Test): boolean | undefined {
  const a = constantAtEnd(from, br.a);
  const b = typeof br.b === "bigint" ? br.b : constantAtEnd(from, br.b);
  if (a === undefined || b === undefined) return undefined;
  const u = (x: bigint) => BigInt.asUintN(64, x);
  const s = (x: bigint) => BigInt.asIntN(64, x);
  switch (br.cond) {
    case "eq": return a === b;
    case "ne": return a !== b;
    case "lt": return s(a) < s(b);
    case "le": return s(a) <= s(b);
    case "gt": return s(a) > s(b);
    case "ge": return s(a) >= s(b);
    case "ult": return u(a) < u(b);
    case "ule": return u(a) <= u(b);
    case "ugt": return u(a) > u(b);
    case "uge": return u(a) >= u(b);
  }
}

/** The constant `r` holds at the end of `b`, when `b` sets it (through copies) to a movi. */
function constantAtEnd(b: LBlock, r: VReg): bigint | undefined {
  for (let k = b.insts.length - 2; k >= 0; k--) {
    const i = b.insts[k];
    if (!defs(i).some((d) => sameReg(d, r))) continue;
    if (i.op === "movi") return i.value;
    if (i.op !== "mov") return undefined;
    r = i.src;
  }
  return undefined;
}
