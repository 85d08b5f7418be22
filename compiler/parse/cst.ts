// Helpers the semantic actions use to read ohm CST nodes, and the shared small AST objects.
//
// Consumes: ohm nodes whose `ast` operation is defined by the actions-*.ts files.
// Produces: typed AST values. Invariant: operators and contexts are shared, frozen objects.
// Example: `opt<Expr>(node)` is the optional child's AST or null; `many<Stmt>(node)` maps an
// iteration node's children.
import type * as ohm from "ohm-js";
import type { BoolOperator, CmpOperator, Expr, ExprContext, Operator, UnaryOperator } from "./ast.js";

/** The AST of a node (the `ast` operation). */
export function ast<T>(node: ohm.Node): T {
  return node.ast() as T;
}

export function expr(node: ohm.Node): Expr {
  return node.ast() as Expr;
}

/** The AST of an optional node (`x?`), or null when absent. */
export function opt<T>(node: ohm.Node): T | null {
  return node.numChildren > 0 ? (node.children[0].ast() as T) : null;
}

/** The ASTs of an iteration node's children (`x*`, `x+`). */
export function many<T>(node: ohm.Node): T[] {
  return node.children.map((child) => child.ast() as T);
}

/** Python identifiers are NFKC-normalised (PEP 3131). */
export function identifier(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKC");
}

export const LOAD: ExprContext = Object.freeze({ _type: "Load" });
export const STORE: ExprContext = Object.freeze({ _type: "Store" });
export const DEL: ExprContext = Object.freeze({ _type: "Del" });

export const AND: BoolOperator = Object.freeze({ _type: "And" });
export const OR: BoolOperator = Object.freeze({ _type: "Or" });

function operators<T extends { _type: string }>(table: Record<string, T["_type"]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [token, type] of Object.entries(table)) out[token] = Object.freeze({ _type: type }) as T;
  return out;
}

/** Binary operators by token; augmented assignment tokens map to the same objects. */
export const BINARY_OPERATORS = operators<Operator>({
  "+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "**": "Pow",
  "<<": "LShift", ">>": "RShift", "|": "BitOr", "^": "BitXor", "&": "BitAnd", "//": "FloorDiv",
});

export const UNARY_OPERATORS = operators<UnaryOperator>({ "~": "Invert", not: "Not", "+": "UAdd", "-": "USub" });

export const COMPARE_OPERATORS = operators<CmpOperator>({
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
  is: "Is", "is not": "IsNot", in: "In", "not in": "NotIn",
});
