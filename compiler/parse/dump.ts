// Print an AST exactly as CPython 3.11's `ast.dump(tree, include_attributes=True)` does.
//
// Consumes: any ast.ts node. Produces: one line of text, the format `--dump=ast` and the
// parser tests compare byte for byte with CPython's.
// Invariants (ast.dump's rules): fields in ASDL order as `name=value`, then the position
// attributes; a field whose value is None is left out (all such fields are optional ones),
// while None inside a list prints; constants print as Python's repr().
// Example: Expr(value=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1),
//   lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
import type { ConstantValue, Node } from "./ast.js";
import { reprConstant, reprStr } from "./repr.js";

const FUNCTION = ["name", "args", "body", "decorator_list", "returns", "type_comment"];
const FOR = ["target", "iter", "body", "orelse", "type_comment"];
const WITH = ["items", "body", "type_comment"];
const TRY = ["body", "handlers", "orelse", "finalbody"];
const TEST_BODY = ["test", "body", "orelse"];
const COMPREHENSION = ["elt", "generators"];

/** Each node's fields in Python.asdl order (nodes without fields print as `Name()`). */
const FIELDS: Record<string, readonly string[]> = {
  Module: ["body", "type_ignores"], Interactive: ["body"], Expression: ["body"], FunctionType: ["argtypes", "returns"],
  FunctionDef: FUNCTION, AsyncFunctionDef: FUNCTION, ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"], Delete: ["targets"], Assign: ["targets", "value", "type_comment"],
  AugAssign: ["target", "op", "value"], AnnAssign: ["target", "annotation", "value", "simple"],
  For: FOR, AsyncFor: FOR, While: TEST_BODY, If: TEST_BODY, With: WITH, AsyncWith: WITH,
  Match: ["subject", "cases"], Raise: ["exc", "cause"], Try: TRY, TryStar: TRY, Assert: ["test", "msg"],
  Import: ["names"], ImportFrom: ["module", "names", "level"], Global: ["names"], Nonlocal: ["names"],
  Expr: ["value"],
  BoolOp: ["op", "values"], NamedExpr: ["target", "value"], BinOp: ["left", "op", "right"], UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"], IfExp: TEST_BODY, Dict: ["keys", "values"], Set: ["elts"],
  ListComp: COMPREHENSION, SetComp: COMPREHENSION, DictComp: ["key", "value", "generators"], GeneratorExp: COMPREHENSION,
  Await: ["value"], Yield: ["value"], YieldFrom: ["value"], Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"], FormattedValue: ["value", "conversion", "format_spec"], JoinedStr: ["values"],
  Constant: ["value", "kind"], Attribute: ["value", "attr", "ctx"], Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"], Name: ["id", "ctx"], List: ["elts", "ctx"], Tuple: ["elts", "ctx"],
  Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"], ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation", "type_comment"], keyword: ["arg", "value"], alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"], match_case: ["pattern", "guard", "body"],
  MatchValue: ["value"], MatchSingleton: ["value"], MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest"], MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name"], MatchAs: ["pattern", "name"], MatchOr: ["patterns"], TypeIgnore: ["lineno", "tag"],
};

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** Constant.value and MatchSingleton.value hold a tagged constant, not a node. */
const CONSTANT_FIELDS = new Set(["Constant.value", "MatchSingleton.value"]);

/** With `attributes: false`, positions are left out, as `ast.dump(tree)` does by default. */
export function dumpAst(node: Node, options: { attributes: boolean } = { attributes: true }): string {
  return dumpNode(node, options.attributes);
}

function dumpNode(node: Node, attributes: boolean): string {
  const fields = node as unknown as Record<string, unknown>;
  const args: string[] = [];
  for (const name of FIELDS[node._type] ?? []) {
    const value = fields[name];
    if (value === null || value === undefined) continue;
    const text = CONSTANT_FIELDS.has(`${node._type}.${name}`) ? reprConstant(value as ConstantValue) : dumpValue(value, attributes);
    args.push(`${name}=${text}`);
  }
  if (attributes && node._type !== "TypeIgnore") {
    for (const name of ATTRIBUTES) {
      const value = fields[name];
      if (typeof value === "number") args.push(`${name}=${value}`);
    }
  }
  return `${node._type}(${args.join(", ")})`;
}

function dumpValue(value: unknown, attributes: boolean): string {
  if (value === null) return "None";
  if (Array.isArray(value)) return `[${value.map((v) => dumpValue(v, attributes)).join(", ")}]`;
  if (typeof value === "string") return reprStr(value);
  if (typeof value === "number") return String(value);
  return dumpNode(value as Node, attributes);
}
