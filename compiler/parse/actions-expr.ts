// Semantic actions for expressions: python.ohm's Expressions down to Atom, literals and
// comprehensions. One action per rule (or rule case), named after it.
//
// Consumes: CST nodes of those rules. Produces: `Expr` nodes (and small records for pieces
// such as comprehension clauses and dict items).
// Invariants: left-associative operators fold left with each node spanning from the first
// operand's first token; parentheses vanish from a group but count in the spans of
// enclosing nodes, as in CPython.
// Example: "(a) + b * c" -> BinOp(Name a, Add, BinOp(Name b, Mult, Name c)), the outer BinOp
// spanning columns 0-11 and Name a columns 1-2.
import type * as ohm from "ohm-js";
import { InternalError } from "../diagnostics.js";
import type { Arguments, Comprehension, Constant, Expr, Keyword } from "./ast.js";
import { AND, BINARY_OPERATORS, COMPARE_OPERATORS, LOAD, OR, STORE, UNARY_OPERATORS, ast, expr, identifier, many, opt } from "./cst.js";
import { buildContext, span, spanBetween, spanOfRange } from "./locate.js";
import { parseNumber } from "./numbers.js";
import { concatenateStrings, type StringToken } from "./strings.js";

interface DictItem {
  key: Expr | null;
  value: Expr;
}

/** A call's arguments, as Args builds them. */
export interface CallArguments {
  args: Expr[];
  keywords: Keyword[];
}

/** Binding strength of the operators BitwiseOr folds (python.gram's bitwise_or..term). */
const PRECEDENCE: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};

interface Operand {
  value: Expr;
  first: ohm.Node;
  last: ohm.Node;
}

/** `operand (op operand)*` as left-associative BinOps nested by precedence. */
function foldBinary(first: ohm.Node, ops: ohm.Node, rest: ohm.Node): Expr {
  const operands = [first, ...rest.children];
  const operators = ops.children.map((op) => op.sourceString);
  let next = 0;
  const climb = (minPrecedence: number): Operand => {
    const node = operands[next++];
    let left: Operand = { value: expr(node), first: node, last: node };
    while (next - 1 < operators.length && PRECEDENCE[operators[next - 1]] >= minPrecedence) {
      const op = operators[next - 1];
      const right = climb(PRECEDENCE[op] + 1);
      const value: Expr = { _type: "BinOp", left: left.value, op: BINARY_OPERATORS[op], right: right.value, ...spanBetween(left.first, right.last) };
      left = { value, first: left.first, last: right.last };
    }
    return left;
  };
  return climb(1).value;
}

/** `operand ((or | and) operand)*`: and-runs become BoolOp(And) inside one BoolOp(Or). */
function foldBoolean(node: ohm.Node, first: ohm.Node, ops: ohm.Node, rest: ohm.Node): Expr {
  if (ops.numChildren === 0) return expr(first);
  const operands = [first, ...rest.children];
  const runs: ohm.Node[][] = [[first]];
  ops.children.forEach((op, i) => {
    if (op.sourceString === "or") runs.push([]);
    runs[runs.length - 1].push(operands[i + 1]);
  });
  const values = runs.map((run): Expr =>
    run.length === 1 ? expr(run[0]) : { _type: "BoolOp", op: AND, values: run.map(expr), ...spanBetween(run[0], run[run.length - 1]) });
  return runs.length === 1 ? values[0] : { _type: "BoolOp", op: OR, values, ...span(node) };
}

/** `first ("," next)*` as an array of ASTs. */
export function listOf<T>(first: ohm.Node, rest: ohm.Node): T[] {
  return [ast<T>(first), ...many<T>(rest)];
}

/** A comma-separated list that is a Tuple unless it is one item without a trailing comma. */
function tupleOrSingle(node: ohm.Node, first: ohm.Node, rest: ohm.Node, comma: ohm.Node): Expr {
  if (rest.numChildren === 0 && comma.numChildren === 0) return expr(first);
  return { _type: "Tuple", elts: listOf<Expr>(first, rest), ctx: LOAD, ...span(node) };
}

/** Apply primary trailers (.name, (args), [slices], genexp) to `atom`, left to right. */
export function foldTrailers(start: ohm.Node, atom: ohm.Node, trailers: ohm.Node[]): Expr {
  let value = expr(atom);
  for (const trailer of trailers) {
    const at = spanOfRange(start.source.startIdx, trailer.source.endIdx);
    // PrimarySuffix is (lookahead, Trailer); TPrimarySuffix is (Trailer, lookahead).
    const suffix = trailer.ctorName === "TPrimarySuffix" ? trailer.children[0] : trailer.children[1];
    const kind = suffix.children[0];
    switch (kind.ctorName) {
      case "Trailer_attribute":
        value = { _type: "Attribute", value, attr: ast<string>(kind.children[1]), ctx: LOAD, ...at };
        break;
      case "Trailer_genexp":
        value = { _type: "Call", func: value, args: [expr(kind.children[0])], keywords: [], ...at };
        break;
      case "Trailer_call": {
        const call = opt<CallArguments>(kind.children[1]) ?? { args: [], keywords: [] };
        value = { _type: "Call", func: value, args: call.args, keywords: call.keywords, ...at };
        break;
      }
      case "Trailer_subscript":
        value = { _type: "Subscript", value, slice: expr(kind.children[1]), ctx: LOAD, ...at };
        break;
      default:
        throw new InternalError("parse", `unknown trailer ${kind.ctorName}`);
    }
  }
  return value;
}

export const emptyArguments = (): Arguments => ({
  _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
});

export const exprActions: ohm.ActionDict<unknown> = {
  FStringField(value, _newline, _end) {
    return value.ast();
  },

  Expressions(first, _commas, rest, comma) {
    return tupleOrSingle(this, first, rest, comma);
  },

  Expression_if(body, _if, test, _else, orelse) {
    return { _type: "IfExp", test: expr(test), body: expr(body), orelse: expr(orelse), ...span(this) };
  },

  YieldExpr_from(_yield, _from, value) {
    return { _type: "YieldFrom", value: expr(value), ...span(this) };
  },

  YieldExpr_plain(_yield, value) {
    return { _type: "Yield", value: opt<Expr>(value), ...span(this) };
  },

  StarExpressions(first, _commas, rest, comma) {
    return tupleOrSingle(this, first, rest, comma);
  },

  Starred(_star, value) {
    return { _type: "Starred", value: expr(value), ctx: LOAD, ...span(this) };
  },

  StarNamedExpressions(first, _commas, rest, _comma) {
    return listOf(first, rest);
  },

  AssignmentExpression(target, _op, value) {
    const name = { _type: "Name", id: ast<string>(target), ctx: STORE, ...span(target) };
    return { _type: "NamedExpr", target: name, value: expr(value), ...span(this) };
  },

  Disjunction(first, ops, rest) {
    return foldBoolean(this, first, ops, rest);
  },

  Inversion(nots, operand) {
    let value = expr(operand);
    for (let i = nots.numChildren - 1; i >= 0; i--) {
      value = { _type: "UnaryOp", op: UNARY_OPERATORS.not, operand: value, ...spanOfRange(nots.children[i].source.startIdx, this.source.endIdx) };
    }
    return value;
  },

  Comparison(left, ops, comparators) {
    if (ops.numChildren === 0) return expr(left);
    return { _type: "Compare", left: expr(left), ops: many(ops), comparators: many<Expr>(comparators), ...span(this) };
  },

  compareOp(_) {
    return COMPARE_OPERATORS[this.sourceString.replace(/\s+/g, " ")];
  },

  BitwiseOr: foldBinary,

  // unary* await? primary (** factor)?: await binds tightest, then **, then the unary operators.
  Factor(unaryOps, awaitKw, primary, exponent) {
    const start = (awaitKw.numChildren ? awaitKw : primary).source.startIdx;
    let value = expr(primary);
    if (awaitKw.numChildren) value = { _type: "Await", value, ...spanBetween(awaitKw, primary) };
    if (exponent.numChildren) {
      const right = expr(exponent.children[0]);
      value = { _type: "BinOp", left: value, op: BINARY_OPERATORS["**"], right, ...spanOfRange(start, this.source.endIdx) };
    }
    for (let i = unaryOps.numChildren - 1; i >= 0; i--) {
      const op = unaryOps.children[i];
      value = { _type: "UnaryOp", op: UNARY_OPERATORS[op.sourceString], operand: value, ...spanOfRange(op.source.startIdx, this.source.endIdx) };
    }
    return value;
  },

  Exponent(_op, factor) {
    return factor.ast();
  },

  Primary(atom, trailers) {
    return foldTrailers(this, atom, trailers.children);
  },

  Slices_tuple(first, _commas, rest, _comma) {
    return { _type: "Tuple", elts: listOf(first, rest), ctx: LOAD, ...span(this) };
  },

  Slice_slice(lower, _colon, upper, step) {
    return { _type: "Slice", lower: opt<Expr>(lower), upper: opt<Expr>(upper), step: opt<Expr | null>(step), ...span(this) };
  },

  SliceStep(_colon, step) {
    return opt<Expr>(step);
  },

  Atom_true(_) {
    return constant({ kind: "bool", value: true }, this);
  },

  Atom_false(_) {
    return constant({ kind: "bool", value: false }, this);
  },

  Atom_none(_) {
    return constant({ kind: "None" }, this);
  },

  Atom(atom) {
    if (atom.ctorName === "name") return { _type: "Name", id: ast<string>(atom), ctx: LOAD, ...span(atom) };
    return atom.ast();
  },

  Atom_paren(_lookahead, atom) {
    return atom.ast();
  },

  Atom_bracket(_lookahead, atom) {
    return atom.ast();
  },

  Atom_brace(_lookahead, atom) {
    return atom.ast();
  },

  Atom_ellipsis(_) {
    return constant({ kind: "Ellipsis" }, this);
  },

  Group_group(_open, value, _close) {
    return value.ast();
  },

  Lambdef(_lambda, params, _colon, body) {
    return { _type: "Lambda", args: opt<Arguments>(params) ?? emptyArguments(), body: expr(body), ...span(this) };
  },

  Strings(tokens) {
    const context = buildContext();
    const strings: StringToken[] = tokens.children.map((token) => {
      const { start, end } = context.chunk.stringSpan(token.source.startIdx);
      return { text: context.lines.text.slice(start, end), ...span(token) };
    });
    return concatenateStrings(strings, context.parseFStringExpression);
  },

  List(_open, elts, _close) {
    return { _type: "List", elts: opt<Expr[]>(elts) ?? [], ctx: LOAD, ...span(this) };
  },

  Tuple(_open, items, _close) {
    return { _type: "Tuple", elts: opt<Expr[]>(items) ?? [], ctx: LOAD, ...span(this) };
  },

  TupleItems(first, _comma, rest) {
    return [expr(first), ...(opt<Expr[]>(rest) ?? [])];
  },

  Set(_open, elts, _close) {
    return { _type: "Set", elts: elts.ast(), ...span(this) };
  },

  Dict_dict(_open, items, _close) {
    const pairs = opt<DictItem[]>(items) ?? [];
    return { _type: "Dict", keys: pairs.map((p) => p.key), values: pairs.map((p) => p.value), ...span(this) };
  },

  DoubleStarredKvpairs(first, _commas, rest, _comma) {
    return listOf(first, rest);
  },

  DoubleStarredKvpair_unpack(_stars, value): DictItem {
    return { key: null, value: expr(value) };
  },

  Kvpair(key, _colon, value): DictItem {
    return { key: expr(key), value: expr(value) };
  },

  ForIfClauses(clauses) {
    return many(clauses);
  },

  ForIfClause_for(isAsync, _for, target, _in, iter, ifs): Comprehension {
    return { _type: "comprehension", target: expr(target), iter: expr(iter), ifs: many<Expr>(ifs), is_async: isAsync.numChildren };
  },

  ComprehensionIf(_if, test) {
    return test.ast();
  },

  Listcomp_comp(_open, elt, generators, _close) {
    return { _type: "ListComp", elt: expr(elt), generators: generators.ast(), ...span(this) };
  },

  Setcomp_comp(_open, elt, generators, _close) {
    return { _type: "SetComp", elt: expr(elt), generators: generators.ast(), ...span(this) };
  },

  Genexp_comp(_open, elt, generators, _close) {
    return { _type: "GeneratorExp", elt: expr(elt), generators: generators.ast(), ...span(this) };
  },

  Dictcomp_comp(_open, pair, generators, _close) {
    const { key, value } = ast<DictItem>(pair);
    return { _type: "DictComp", key, value, generators: generators.ast(), ...span(this) };
  },

  StarredExpression_star(_star, value) {
    return { _type: "Starred", value: expr(value), ctx: LOAD, ...span(this) };
  },

  name(_first, _rest) {
    return identifier(this.sourceString);
  },

  number(_lookahead, _literal) {
    return constant(parseNumber(this.sourceString), this);
  },
};

function constant(value: Constant["value"], node: ohm.Node): Constant {
  return { _type: "Constant", value, kind: null, ...span(node) };
}
