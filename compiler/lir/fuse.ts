// Compare-and-branch fusion on LIR, right after lowering: HIR computes a cbool and branches
// on it; x86 wants the flags of the compare to decide the jump.
//  - `setcc` then `brtest` of its result: `br` on the compare's condition (the setcc stays
//    if the cbool has other uses);
//  - an ordered double `fsetcc` used only by the `brtest`: `fbr` (ucomisd + jcc);
//  - `xor 1` (`not x`) used only by the `brtest`: `brtest x` with the targets swapped;
//  - `setcc` whose only use is the `xor 1` right after it: the inverted `setcc`, so
//    `if not a < b` still fuses.
//
//   %3:g = setcc lt %1:g, %2:g          br lt %1:g, %2:g ? b1 : b2
//   brtest %3:g ? b1 : b2        =>

import { type LFunction, type LInst, NEGATED_COND, type VReg, sameReg } from "./lir.js";
import { uses } from "./ops.js";

export function fuseCompares(f: LFunction): void {
  const count = new Map<number, number>();
  for (const b of f.blocks) for (const i of b.insts) for (const u of uses(i)) count.set(u.id, (count.get(u.id) ?? 0) + 1);
  const once = (r: VReg) => count.get(r.id) === 1;
  for (const b of f.blocks) {
    const insts = b.insts;
    for (let k = 1; k < insts.length; k++) {
      const [prev, i] = [insts[k - 1], insts[k]];
      if (isNot(i) && prev.op === "setcc" && sameReg(prev.dst, i.a) && once(prev.dst)) {
        insts.splice(k - 1, 2, { ...prev, cond: NEGATED_COND[prev.cond], dst: i.dst });
        k--;
      }
    }
    const t = insts[insts.length - 1];
    const prev = insts[insts.length - 2];
    if (t?.op !== "brtest" || !prev || !("dst" in prev) || !sameReg(prev.dst, t.a)) continue;
    let fused: LInst | undefined;
    if (prev.op === "setcc") fused = { op: "br", cond: prev.cond, a: prev.a, b: prev.b, then: t.then, else: t.else };
    else if (prev.op === "fsetcc" && prev.cond !== "feq" && prev.cond !== "fne" && once(t.a)) fused = { op: "fbr", cond: prev.cond, a: prev.a, b: prev.b, then: t.then, else: t.else };
    else if (isNot(prev) && once(t.a)) fused = { op: "brtest", a: prev.a, then: t.else, else: t.then };
    if (!fused) continue;
    insts.splice(insts.length - (once(t.a) ? 2 : 1), 2, fused);
  }
}

function isNot(i: LInst): i is Extract<LInst, { op: "binop" }> & { b: 1n } {
  return i.op === "binop" && i.kind === "xor" && i.b === 1n;
}
