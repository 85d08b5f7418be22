// The HIR verifier, run after the builder and after every pass: a failure is a compiler bug
// (InternalError), printed with the function and the message under the offending
// instruction.
//
// Checks: every block ends in exactly one terminator and has none elsewhere; each value is
// defined once and every use is dominated by its definition; Jumps pass one argument per
// target parameter with matching representations; Branch tests a cbool; Box/Unbox and
// refcount ops see the representations they expect; Param only in the entry block; Return
// returns the function's representation.

import { InternalError } from "../diagnostics.js";
import { type Block, type HFunction, type Instr, type Value, successors } from "./hir.js";
import { opInfo } from "./ops.js";
import { formatInstr, printFunction } from "./print.js";

export function verifyFunction(f: HFunction, after: string): void {
  const errors: { instr?: Instr; block: Block; message: string }[] = [];
  const fail = (block: Block, message: string, instr?: Instr) => errors.push({ block, instr, message });
  const defBlock = new Map<Value, Block>();
  const defIndex = new Map<Value, number>();
  const define = (v: Value, b: Block, index: number) => {
    if (defBlock.has(v)) fail(b, `v${v.id} is defined twice`);
    defBlock.set(v, b);
    defIndex.set(v, index);
  };
  for (const b of f.blocks) {
    b.params.forEach((p) => define(p, b, -1));
    b.instrs.forEach((i, n) => {
      if (i.result) define(i.result, b, n);
      const last = n === b.instrs.length - 1;
      if (!!opInfo(i.op).terminator !== last) fail(b, last ? "block does not end in a terminator" : "terminator in the middle of a block", i);
      if (i.op === "Param" && b !== f.blocks[0]) fail(b, "Param outside the entry block", i);
    });
    if (b.instrs.length === 0) fail(b, "empty block");
  }
  const idom = dominators(f);
  const dominates = (a: Block, b: Block): boolean => {
    for (let x = b; ; x = idom.get(x)!) {
      if (x === a) return true;
      if (!idom.has(x) || idom.get(x) === x) return false;
    }
  };
  for (const b of f.blocks) {
    b.instrs.forEach((i, n) => {
      for (const a of i.args) {
        const db = defBlock.get(a);
        if (!db) fail(b, `v${a.id} is used but never defined`, i);
        else if (db === b ? defIndex.get(a)! >= n : !dominates(db, b)) fail(b, `v${a.id} does not dominate its use`, i);
      }
      checkOperands(i, (m) => fail(b, m, i));
      // A checked-bound local (nullable) returns as an object.
      const ret = i.args[0]?.repr === "nullable" ? "object" : i.args[0]?.repr;
      if (i.op === "Return" && ret !== f.sig.ret) fail(b, `Return of a ${i.args[0]?.repr} from a function returning ${f.sig.ret}`, i);
    });
  }
  if (errors.length) {
    const text = printFunction(f).split("\n");
    const annotated = text.flatMap((line) => {
      const hits = errors.filter((e) => e.instr && line.trim() === formatInstr(e.instr));
      return [line, ...hits.map((e) => `    ^ error: ${e.message}`)];
    });
    const loose = errors.filter((e) => !e.instr).map((e) => `b${e.block.id}: error: ${e.message}`);
    throw new InternalError("hir-verify", `HIR of ${f.name} is invalid after ${after}:\n${[...loose, ...annotated].join("\n")}`);
  }
}

function checkOperands(i: Instr, fail: (m: string) => void): void {
  const reprs = i.args.map((a) => a.repr);
  const isObj = (r: string) => r === "object" || r === "nullable";
  switch (i.op) {
    case "Jump": {
      const t = i.attrs.target!;
      if (t.params.length !== i.args.length) fail(`jump passes ${i.args.length} arguments to ${t.params.length} parameters`);
      t.params.forEach((p, k) => {
        const a = i.args[k];
        if (a && p.repr !== a.repr && !(p.repr === "nullable" && a.repr === "object")) fail(`argument v${a.id}:${a.repr} for parameter v${p.id}:${p.repr}`);
      });
      return;
    }
    case "Branch": if (reprs[0] !== "cbool") fail("Branch needs a cbool"); return;
    case "Box": if (!["int64", "double"].includes(reprs[0])) fail("Box needs an int64 or double"); return;
    case "BoolFromCBool": case "CBoolNot": if (reprs[0] !== "cbool") fail(`${i.op} needs a cbool`); return;
    case "Unbox": case "IsTrue": case "Incref": case "Decref": case "CheckArg": case "Cast": case "CheckBound":
      if (!isObj(reprs[0])) fail(`${i.op} needs an object`);
      return;
    case "IntBinary": case "IntDivide": case "IntCompare":
      if (reprs[0] !== reprs[1] || !["int64", "cbool"].includes(reprs[0])) fail(`${i.op} needs two int64 operands`);
      return;
    case "IntUnary": case "IntConvert": case "IntToDouble":
      if (reprs[0] !== "int64") fail(`${i.op} needs an int64 operand`);
      return;
    case "DoubleBinary": case "DoubleCompare":
      if (reprs[0] !== "double" || reprs[1] !== "double") fail(`${i.op} needs two double operands`);
      return;
    default: return;
  }
}

/** Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over RPO). */
function dominators(f: HFunction): Map<Block, Block> {
  const rpo: Block[] = [];
  const seen = new Set<Block>();
  const visit = (b: Block) => {
    if (seen.has(b)) return;
    seen.add(b);
    successors(b).forEach(visit);
    rpo.unshift(b);
  };
  visit(f.blocks[0]);
  const order = new Map(rpo.map((b, k) => [b, k]));
  const preds = new Map<Block, Block[]>(rpo.map((b) => [b, []]));
  for (const b of rpo) for (const s of successors(b)) preds.get(s)!.push(b);
  const idom = new Map<Block, Block>([[rpo[0], rpo[0]]]);
  const intersect = (a: Block, b: Block) => {
    while (a !== b) {
      while (order.get(a)! > order.get(b)!) a = idom.get(a)!;
      while (order.get(b)! > order.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of rpo.slice(1)) {
      const done = preds.get(b)!.filter((p) => idom.has(p));
      if (!done.length) continue;
      const d = done.reduce(intersect);
      if (idom.get(b) !== d) {
        idom.set(b, d);
        changed = true;
      }
    }
  }
  return idom;
}
