// Inlining of small static callees at direct call sites (InvokeStatic), before borrowing
// and refcount insertion, so both passes see the merged code: a final method such as
// `runnable()` (a few field loads and a compare) costs no call, no error-flag test, and its
// reads of `self` need no references of their own.
//
// Consumes/produces: the module's HIR functions. A callee is inlined when it is defined in
// this module, makes no native calls itself (so inlining never nests or recurses) and is
// small. Its blocks are copied into the caller: its parameters become the call's arguments,
// each Return a Jump to the block holding the rest of the caller's block, whose parameter
// is the call's result value itself. Copied raising instructions keep the callee's frame
// (`inlined`), so a traceback still names the callee and its line above the caller's.
//
//   b3:                                      b3:
//     v6:cbool = InvokeStatic v2 {...}   =>    Jump b8()
//     Branch v6 ? b5 : b6                    b8:  (the callee's body; Return v -> Jump b9(v))
//                                            b9(v6:cbool):
//                                              Branch v6 ? b5 : b6

import { type Block, type HFunction, type Instr, type Value, mergeJumpChains, newBlock } from "./hir.js";
import { opInfo } from "./ops.js";

/** Callees with at most this many instructions (parameters and jumps not counted). */
const MAX_CALLEE_INSTRS = 24;

export function inlineCalls(functions: HFunction[]): void {
  const bySymbol = new Map(functions.map((f) => [f.sig.symbol, f]));
  const inlinable = (callee: HFunction | undefined): callee is HFunction => !!callee && isSmallLeaf(callee);
  for (const f of functions) {
    const work = [...f.blocks];
    let changed = false;
    for (let b = work.pop(); b; b = work.pop()) {
      const k = b.instrs.findIndex((i) => i.op === "InvokeStatic" && i.attrs.callee!.symbol !== f.sig.symbol && inlinable(bySymbol.get(i.attrs.callee!.symbol)));
      if (k < 0) continue;
      const call = b.instrs[k];
      const cont = newBlock(f);
      cont.params = call.result ? [call.result] : [];
      cont.instrs = b.instrs.slice(k + 1);
      const first = f.blocks.length;
      const entry = copyBody(f, bySymbol.get(call.attrs.callee!.symbol)!, call, cont);
      b.instrs = [...b.instrs.slice(0, k), jump(entry, [], call.line)];
      // Lay the copy out where the call was: the body, then the rest of the caller's block.
      const body = f.blocks.splice(first);
      f.blocks.splice(f.blocks.indexOf(b) + 1, 0, ...body, ...f.blocks.splice(f.blocks.indexOf(cont), 1));
      work.push(cont);
      changed = true;
    }
    if (changed) mergeJumpChains(f);
  }
}

function isSmallLeaf(f: HFunction): boolean {
  let n = 0;
  for (const b of f.blocks) {
    for (const i of b.instrs) {
      if (i.op === "InvokeStatic" || i.op === "InvokeMethod" || i.op === "StackArray") return false;
      if (i.op !== "Param" && i.op !== "Jump") n++;
    }
  }
  // A loop back to the entry would give the copied entry a second predecessor.
  return n <= MAX_CALLEE_INSTRS && !f.blocks.some((b) => b.instrs.some((i) => i.attrs.target === f.blocks[0] || i.attrs.then === f.blocks[0] || i.attrs.else === f.blocks[0]));
}

/** Copy `callee`'s blocks into `f` for `call`; returns the copy of its entry block. */
function copyBody(f: HFunction, callee: HFunction, call: Instr, cont: Block): Block {
  const blocks = new Map<Block, Block>(callee.blocks.map((cb) => [cb, newBlock(f)]));
  const values = new Map<Value, Value>();
  for (const i of callee.blocks[0].instrs) if (i.op === "Param") values.set(i.result!, call.args[i.attrs.index!]);
  const value = (v: Value): Value => {
    let c = values.get(v);
    if (!c) values.set(v, (c = { ...v, id: f.nextValue++ }));
    return c;
  };
  for (const [cb, b] of blocks) {
    b.params = cb.params.map(value);
    for (const i of cb.instrs) {
      if (i.op === "Param") continue;
      if (i.op === "Return") { b.instrs.push(jump(cont, i.args.map(value), call.line)); continue; }
      const { target, then, else: otherwise } = i.attrs;
      b.instrs.push({
        op: i.op, args: i.args.map(value), result: i.result && value(i.result), line: call.line,
        attrs: { ...i.attrs, ...(target && { target: blocks.get(target) }), ...(then && { then: blocks.get(then), else: blocks.get(otherwise!) }) },
        ...(opInfo(i.op).raises && { inlined: [...(i.inlined ?? []), { name: callee.name, line: i.line }] }),
      });
    }
  }
  return blocks.get(callee.blocks[0])!;
}

function jump(target: Block, args: Value[], line: number): Instr {
  return { op: "Jump", args, result: null, attrs: { target }, line };
}
