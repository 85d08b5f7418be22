// The recursion guard. Native calls (InvokeStatic, InvokeMethod to native code) are calls
// no interpreter counts, so a function making them checks the stack at entry: unbounded
// recursion raises RecursionError, not SIGSEGV. Every cycle of native calls passes through
// such a function. Runs after inlining, which removes calls (a function whose calls were
// all inlined needs no guard).
//
//   b0:                               b0:
//     v0:object = Param {index=0}  =>    v0:object = Param {index=0}
//     v1:int64 = InvokeMethod v0 ...     CheckStack
//                                        v1:int64 = InvokeMethod v0 ...

import type { HFunction } from "./hir.js";

export function guardStack(f: HFunction): void {
  const calls = f.blocks.some((b) => b.instrs.some((i) => i.op === "InvokeStatic" || i.op === "InvokeMethod"));
  if (!calls) return;
  const entry = f.blocks[0];
  const at = entry.instrs.findIndex((i) => i.op !== "Param");
  entry.instrs.splice(at, 0, { op: "CheckStack", args: [], result: null, attrs: {}, line: entry.instrs[at]?.line ?? 0 });
}
