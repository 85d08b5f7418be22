// Branch threading on HIR: a Jump into a block that only branches on the cbool it receives
// goes straight to the branch's outcome when the value is known on that path: a constant,
// or a value a dominating Branch just tested. Such joins come from cbool `and`/`or` in a
// value context and from inlined predicates whose returns are branched on at once
// (`if task.runnable():`).
//
//   b18: Jump b16(v24)          (v24 = CBoolConst 0)       b18: Jump b6()
//   b16(v6:cbool):                                   =>
//     Branch v6 ? b5 : b6
//
// The builder's invariant (a Branch's targets have one predecessor each) is restored by
// splitting a Branch edge whose target gained jumps from elsewhere; a join left with one
// predecessor merges into it.

import { type Block, type HFunction, type Instr, type Value, mergeJumpChains, newBlock, recomputeCfg, terminator } from "./hir.js";

/** How far up a chain of single-predecessor blocks to look for the Branch that tested a value. */
const MAX_DOMINATOR_WALK = 4;

/** Rounds of threading: merging a join into its last predecessor can make a new join. */
const MAX_ROUNDS = 8;

export function threadBranches(f: HFunction): void {
  for (let n = 0; n < MAX_ROUNDS && threadOnce(f); n++);
}

function threadOnce(f: HFunction): boolean {
  recomputeCfg(f);
  const consts = new Map<Value, boolean>();
  for (const b of f.blocks) for (const i of b.instrs) if (i.op === "CBoolConst") consts.set(i.result!, i.attrs.int !== 0n);
  let changed = false;
  for (const join of f.blocks) {
    const br = join.instrs.length === 1 && join.instrs[0].op === "Branch" ? join.instrs[0] : undefined;
    const k = br ? join.params.indexOf(br.args[0]) : -1;
    if (k < 0 || join.params.length !== 1) continue;
    for (const pred of join.preds) {
      const jump = terminator(pred)!;
      const known = consts.get(jump.args[k]) ?? testedOnPath(pred, jump.args[k]);
      if (known === undefined) continue;
      jump.attrs.target = known ? br!.attrs.then : br!.attrs.else;
      jump.args = [];
      changed = true;
    }
  }
  if (!changed) return false;
  recomputeCfg(f);
  splitBranchEdges(f);
  mergeJumpChains(f);
  return true;
}

/** The outcome of the Branch on `v` that led to `b` through single-predecessor blocks. */
function testedOnPath(b: Block, v: Value): boolean | undefined {
  for (let n = 0; n < MAX_DOMINATOR_WALK && b.preds.length === 1; n++) {
    const t = terminator(b.preds[0])!;
    if (t.op === "Branch" && t.args[0] === v && t.attrs.then !== t.attrs.else) return t.attrs.then === b;
    b = b.preds[0];
  }
  return undefined;
}

/** Give every Branch target that has other predecessors an empty block of its own. */
function splitBranchEdges(f: HFunction): void {
  for (const b of [...f.blocks]) {
    const t = terminator(b);
    if (t?.op !== "Branch") continue;
    for (const edge of ["then", "else"] as const) {
      const target = t.attrs[edge]!;
      if (target.preds.length < 2) continue;
      const pad = newBlock(f);
      const jump: Instr = { op: "Jump", args: [], result: null, attrs: { target }, line: t.line };
      pad.instrs.push(jump);
      t.attrs[edge] = pad;
    }
  }
  recomputeCfg(f);
}
