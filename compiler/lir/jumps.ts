// Jump threading on LIR: a branch to a block that only jumps on goes straight to where it
// goes, and blocks nothing reaches any more are dropped. The lowering leaves many such
// blocks (a loop's exit that jumps to the code after the loop, joins of empty arms).
// Runs after lowering, before register allocation.
//
//   br lt %1:g, %2:g ? b3 : b4          br lt %1:g, %2:g ? b3 : b6
//   b4:                          =>     (b4 dropped)
//     jmp b6

import type { BlockId, LFunction, LInst } from "./lir.js";
import { successors } from "./ops.js";

export function threadJumps(f: LFunction): void {
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
  for (const b of f.blocks) {
    const t = b.insts[b.insts.length - 1] as LInst & { target?: BlockId; then?: BlockId; else?: BlockId };
    if (t.op === "jmp") t.target = resolve(t.target!);
    else if (t.then !== undefined) {
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
