// The result type of a binary operator (static_python.md §3.3): integer primitives combine
// at the promoted width (prims.ts) or the wider width the assignment target asks for, their
// `**` gives a double; double combines only with double and has + - * / ** only; cbool has
// no arithmetic; known object types keep their class where Python guarantees it.
//
//   x: int8, y: int16      x + y -> int16      z: int32 = x + y -> int32
//   u: uint64, i: int64    u + i -> "cannot add uint64 and int64"

import type { Span } from "../diagnostics.js";
import { MESSAGES } from "../diagnostics.js";
import { type Ctx, error } from "./context.js";
import { INT_PRIMS, intWidens, isIntPrimName, promote } from "./prims.js";
import { DYNAMIC, ERROR, type SType, cls, isClass, prim, typeName } from "./types.js";

/** Operator names as Static Python's messages spell them. */
export const BINOP_NAMES: Record<string, string> = {
  Add: "add", Sub: "subtract", Mult: "multiply", Div: "divide", FloorDiv: "divide", Mod: "modulus",
  Pow: "pow", LShift: "left shift", RShift: "right shift", BitOr: "bitwise or", BitXor: "xor",
  BitAnd: "bitwise and", MatMult: "matrix multiply",
};

const INT_RESULT_OPS = new Set(["Add", "Sub", "Mult", "FloorDiv", "Mod", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"]);
const DOUBLE_OPS = new Set(["Add", "Sub", "Mult", "Div", "Pow"]);

/** `expected`, the type the context wants (an assignment target), sets the width of an
 *  integer operation when both operands widen to it (§3.3: `z: int16 = x * y`). */
export function binopResult(ctx: Ctx, span: Span, op: string, l: SType, r: SType, expected?: SType): SType {
  if (l.kind === "error" || r.kind === "error") return ERROR;
  const opName = BINOP_NAMES[op];
  if (l.kind === "prim" || r.kind === "prim") {
    if (l.kind !== "prim" || r.kind !== "prim") return error(ctx, span, MESSAGES.binop(opName, typeName(l), typeName(r)));
    if (l.name === "cbool" || r.name === "cbool") {
      return error(ctx, span, l.name === r.name ? MESSAGES.cboolOperand(opName) : MESSAGES.binop(opName, l.name, r.name));
    }
    if (l.name === "double" || r.name === "double") {
      if (l.name !== r.name || !DOUBLE_OPS.has(op)) return error(ctx, span, MESSAGES.binop(opName, l.name, r.name));
      return prim("double");
    }
    if (!isIntPrimName(l.name) || !isIntPrimName(r.name)) return ERROR;
    const width = promote(l.name, r.name);
    if (!width || op === "MatMult") return error(ctx, span, MESSAGES.binop(opName, l.name, r.name));
    if (op === "Pow") {
      if (INT_PRIMS[l.name].signed !== INT_PRIMS[r.name].signed) return error(ctx, span, MESSAGES.binop(opName, l.name, r.name));
      return prim("double");
    }
    if (expected?.kind === "prim" && intWidens(expected.name, width)) return prim(expected.name);
    return prim(width);
  }
  if (isClass(l, "int") && isClass(r, "int") && INT_RESULT_OPS.has(op)) return cls("int", true);
  if (isClass(l, "str") && isClass(r, "str") && op === "Add") return cls("str", true);
  if (isClass(l, "list") && isClass(r, "list") && op === "Add") return cls("list", true);
  return DYNAMIC;
}
