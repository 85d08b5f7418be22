// The result type of a binary operator (static_python.md §3.3): primitives only combine
// with the same primitive (literals already took the primitive's type), int64 `**` gives a
// double, double has + - * / ** only, cbool has no arithmetic; known object types keep
// their class where Python guarantees it.

import type { Span } from "../diagnostics.js";
import { MESSAGES } from "../diagnostics.js";
import { type Ctx, error } from "./context.js";
import { DYNAMIC, ERROR, type SType, cls, isClass, prim, typeName } from "./types.js";

/** Operator names as Static Python's messages spell them. */
export const BINOP_NAMES: Record<string, string> = {
  Add: "add", Sub: "subtract", Mult: "multiply", Div: "divide", FloorDiv: "divide", Mod: "modulus",
  Pow: "pow", LShift: "left shift", RShift: "right shift", BitOr: "bitwise or", BitXor: "xor",
  BitAnd: "bitwise and", MatMult: "matrix multiply",
};

const INT_RESULT_OPS = new Set(["Add", "Sub", "Mult", "FloorDiv", "Mod", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"]);
const DOUBLE_OPS = new Set(["Add", "Sub", "Mult", "Div", "Pow"]);

export function binopResult(ctx: Ctx, span: Span, op: string, l: SType, r: SType): SType {
  if (l.kind === "error" || r.kind === "error") return ERROR;
  const opName = BINOP_NAMES[op];
  if (l.kind === "prim" || r.kind === "prim") {
    if (l.kind !== "prim" || r.kind !== "prim" || l.name !== r.name) {
      return error(ctx, span, MESSAGES.binop(opName, typeName(l), typeName(r)));
    }
    if (l.name === "cbool") return error(ctx, span, MESSAGES.cboolOperand(opName));
    if (l.name === "int64") {
      if (op === "Pow") return prim("double");
      if (op === "MatMult") return error(ctx, span, MESSAGES.binop(opName, "int64", "int64"));
      return prim("int64");
    }
    if (!DOUBLE_OPS.has(op)) return error(ctx, span, MESSAGES.binop(opName, "double", "double"));
    return prim("double");
  }
  if (isClass(l, "int") && isClass(r, "int") && INT_RESULT_OPS.has(op)) return cls("int", true);
  if (isClass(l, "str") && isClass(r, "str") && op === "Add") return cls("str", true);
  if (isClass(l, "list") && isClass(r, "list") && op === "Add") return cls("list", true);
  return DYNAMIC;
}
