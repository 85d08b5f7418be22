// Borrowing short-lived references: an object read out of a field or a checked list and used
// only for reading (its fields, an identity test) before anything could release it needs no
// reference of its own. The pass marks such results `borrowed`; the refcount pass then
// leaves them alone and the lowering skips the incref.
//
//   v5:object+ = LoadField v0 {name=queue}          v5:object = LoadField v0 {name=queue}
//   v6:cbool = IsSame v5 v4                   =>    v6:cbool = IsSame v5 v4
//   (Decref v5 after refcounting)                   (nothing to release)
//
// Safe when every use is in the defining block, reads the object without keeping it, and
// every instruction up to the last use runs no Python code and releases nothing: the
// container holding the object keeps it alive. Calls, stores of objects, allocations (which
// may collect garbage and run finalizers) and unboxing (which may call __index__) end a
// borrow.
//
// Consumes and produces HIR before refcount insertion (pipeline.ts).

import type { HFunction, Instr, Value } from "./hir.js";
import type { Op } from "./ops.js";

/** Ops that run no Python code and release no reference (raising ones leave the block for
 *  the error path, where a borrowed value is not used). */
const QUIET = new Set<Op>([
  "Const", "Singleton", "Null", "Int64Const", "DoubleConst", "CBoolConst", "SymbolAddr", "LoadGlobals",
  "LoadField", "ArrayGetItem", "ArraySetItem", "VectorGetItem", "VectorSetItem", "IsSame", "IsNull", "BoolFromCBool", "IntBinary", "IntDivide",
  "IntCompare", "IntUnary", "IntConvert", "DoubleBinary", "DoubleSqrt", "DoubleCompare", "IntToDouble", "DoubleNeg",
  "CBoolNot", "CheckBound", "Cast", "CheckArg",
]);

/** A field with a class default (`symbol` set) reads an unset slot through getattr. */
const defaulted = (i: Instr) => i.op === "LoadField" && i.attrs.symbol !== undefined;

function quiet(i: Instr): boolean {
  if (QUIET.has(i.op)) return !defaulted(i);
  // Storing a primitive field releases nothing; reading a checked list's item runs no
  // Python code (its slow path is list's own, for IndexError).
  return (i.op === "StoreField" && i.attrs.kind !== "object") || (i.op === "ListGetItem" && i.attrs.kind === "chklist");
}

/** Uses that read `v` without keeping a reference: the object of a field or item access,
 *  either side of an identity test, the subject of a check. */
function readsOnly(i: Instr, v: Value): boolean {
  if (!quiet(i)) return false;
  switch (i.op) {
    case "IsSame": case "IsNull": case "Cast": case "CheckArg": return true;
    case "LoadField": case "StoreField": case "ListGetItem": case "ArrayGetItem": case "ArraySetItem":
    case "VectorGetItem": case "VectorSetItem":
      return i.args.indexOf(v) === 0 && i.args.lastIndexOf(v) === 0;
    default: return false;
  }
}

/** Results that would be new references to objects another object holds. */
const candidate = (i: Instr): boolean =>
  i.result?.ref === "owned" && ((i.op === "LoadField" && i.attrs.kind === "object" && !defaulted(i)) || (i.op === "ListGetItem" && i.attrs.kind === "chklist"));

export function borrowShortLived(f: HFunction): void {
  const usesOf = new Map<Value, Instr[]>();
  for (const b of f.blocks) for (const i of b.instrs) for (const a of i.args) (usesOf.get(a) ?? usesOf.set(a, []).get(a)!).push(i);
  for (const b of f.blocks) {
    b.instrs.forEach((def, k) => {
      if (!candidate(def)) return;
      const v = def.result!;
      const uses = usesOf.get(v) ?? [];
      let last = k;
      for (const u of uses) {
        const at = b.instrs.indexOf(u);
        if (at <= k || !readsOnly(u, v)) return;
        last = Math.max(last, at);
      }
      for (let n = k + 1; n < last; n++) if (!quiet(b.instrs[n])) return;
      v.ref = "borrowed";
    });
  }
}
