// Dead definition elimination on LIR: removes side-effect-free instructions whose result
// is never read, e.g. the `movi` of an int64 constant that every user took as an
// immediate. Runs after lowering, before register allocation.
//
//   %4:g = movi 2            (dropped: no reads of %4)
//   br lt %3:g, 2 ? b1 : b2

import type { LFunction, LInst } from "./lir.js";
import { OPS } from "./ops.js";

const PURE = new Set<LInst["op"]>(["mov", "movi", "movf", "load", "loadsym", "loadgot", "lea", "leaslot", "binop", "sext", "unop", "fbinop", "i2f", "setcc", "fsetcc"]);

const usesOf = (i: LInst) => (OPS[i.op] as { uses(i: LInst): { id: number }[] }).uses(i);
const defsOf = (i: LInst) => (OPS[i.op] as { defs(i: LInst): { id: number }[] }).defs(i);

export function removeDeadDefs(f: LFunction): void {
  for (;;) {
    const used = new Set<number>();
    for (const b of f.blocks) for (const i of b.insts) for (const v of usesOf(i)) used.add(v.id);
    let removed = false;
    for (const b of f.blocks) {
      b.insts = b.insts.filter((i) => {
        const dead = PURE.has(i.op) && defsOf(i).every((d) => !used.has(d.id));
        if (dead) removed = true;
        return !dead;
      });
    }
    if (!removed) return;
  }
}
