// Semantic actions for the match statement and its patterns.
//
// Consumes: CST nodes of MatchStmt, CaseBlock and the *Pattern rules. Produces: Match,
// match_case and `Pattern` nodes.
// Invariants: as CPython's grammar actions: a one-alternative or-pattern is that
// alternative; value and mapping-key expressions are ordinary Load expressions; "_" alone is
// MatchAs(None, None). Complex literals must be real +/- imaginary.
// Example: "case [1, *rest] if rest:" -> match_case(MatchSequence([MatchValue(Constant 1),
// MatchStar('rest')]), guard=Name rest).
import type * as ohm from "ohm-js";
import type { ConstantValue, Expr, MatchCase, Pattern } from "./ast.js";
import { BINARY_OPERATORS, LOAD, UNARY_OPERATORS, ast, expr, many, opt } from "./cst.js";
import { span, spanBetween } from "./locate.js";
import { listOf } from "./actions-expr.js";
import { PySyntaxError } from "./syntax-error.js";

interface KeyPattern {
  key: Expr;
  pattern: Pattern;
}

interface KeywordPattern {
  name: string;
  pattern: Pattern;
}

function singleton(node: ohm.Node, value: ConstantValue): Pattern {
  return { _type: "MatchSingleton", value, ...span(node) };
}

function constant(node: ohm.Node, value: ConstantValue): Expr {
  return { _type: "Constant", value, kind: null, ...span(node) };
}

function mapping(node: ohm.Node, items: KeyPattern[], rest: string | null): Pattern {
  return { _type: "MatchMapping", keys: items.map((i) => i.key), patterns: items.map((i) => i.pattern), rest, ...span(node) };
}

function classPattern(node: ohm.Node, cls: ohm.Node, patterns: Pattern[], keywords: KeywordPattern[]): Pattern {
  return {
    _type: "MatchClass",
    cls: expr(cls),
    patterns,
    kwd_attrs: keywords.map((k) => k.name),
    kwd_patterns: keywords.map((k) => k.pattern),
    ...span(node),
  };
}

/** `name ("." name)*` as a Name or a chain of Attributes. */
function dottedName(first: ohm.Node, names: ohm.Node): Expr {
  let value: Expr = { _type: "Name", id: ast<string>(first), ctx: LOAD, ...span(first) };
  for (const name of names.children) {
    value = { _type: "Attribute", value, attr: ast<string>(name), ctx: LOAD, ...spanBetween(first, name) };
  }
  return value;
}

function numberIs(node: ohm.Node, imaginary: boolean): Expr {
  const value = expr(node);
  if (value._type === "Constant" && (value.value.kind === "complex") !== imaginary) {
    const what = imaginary ? "imaginary number required in complex literal" : "real number required in complex literal";
    throw new PySyntaxError(what, value);
  }
  return value;
}

export const patternActions: ohm.ActionDict<unknown> = {
  MatchStmt_match(_match, subject, _colon, _newline, _indent, cases, _dedent) {
    return { _type: "Match", subject: expr(subject), cases: many<MatchCase>(cases), ...span(this) };
  },

  SubjectExpr_tuple(first, _comma, rest) {
    return { _type: "Tuple", elts: [expr(first), ...(opt<Expr[]>(rest) ?? [])], ctx: LOAD, ...span(this) };
  },

  CaseBlock_case(_case, pattern, guard, _colon, body): MatchCase {
    return { _type: "match_case", pattern: ast(pattern), guard: opt<Expr>(guard), body: ast(body) };
  },

  Guard(_if, test) {
    return test.ast();
  },

  Patterns_open(patterns) {
    return { _type: "MatchSequence", patterns: patterns.ast(), ...span(this) };
  },

  AsPattern_as(pattern, _as, target) {
    return { _type: "MatchAs", pattern: ast(pattern), name: ast(target), ...span(this) };
  },

  OrPattern(first, _bars, rest) {
    const patterns = listOf<Pattern>(first, rest);
    return patterns.length === 1 ? patterns[0] : { _type: "MatchOr", patterns, ...span(this) };
  },

  LiteralPattern_number(value) {
    return { _type: "MatchValue", value: expr(value), ...span(this) };
  },

  LiteralPattern_complex(value) {
    return { _type: "MatchValue", value: expr(value), ...span(this) };
  },

  LiteralPattern_strings(value) {
    return { _type: "MatchValue", value: expr(value), ...span(this) };
  },

  LiteralPattern_none(_) {
    return singleton(this, { kind: "None" });
  },

  LiteralPattern_true(_) {
    return singleton(this, { kind: "bool", value: true });
  },

  LiteralPattern_false(_) {
    return singleton(this, { kind: "bool", value: false });
  },

  LiteralExpr_none(_) {
    return constant(this, { kind: "None" });
  },

  LiteralExpr_true(_) {
    return constant(this, { kind: "bool", value: true });
  },

  LiteralExpr_false(_) {
    return constant(this, { kind: "bool", value: false });
  },

  ComplexNumber(real, op, imag) {
    return { _type: "BinOp", left: expr(real), op: BINARY_OPERATORS[op.sourceString], right: expr(imag), ...span(this) };
  },

  SignedNumber_neg(_minus, value) {
    return { _type: "UnaryOp", op: UNARY_OPERATORS["-"], operand: expr(value), ...span(this) };
  },

  SignedRealNumber_neg(_minus, value) {
    return { _type: "UnaryOp", op: UNARY_OPERATORS["-"], operand: expr(value), ...span(this) };
  },

  RealNumber(value) {
    return numberIs(value, false);
  },

  ImaginaryNumber(value) {
    return numberIs(value, true);
  },

  CapturePattern(target) {
    return { _type: "MatchAs", pattern: null, name: ast(target), ...span(this) };
  },

  PatternCaptureTarget(name) {
    return name.ast();
  },

  WildcardPattern(_) {
    return { _type: "MatchAs", pattern: null, name: null, ...span(this) };
  },

  ValuePattern(attr) {
    return { _type: "MatchValue", value: expr(attr), ...span(this) };
  },

  Attr(first, _dots, names) {
    return dottedName(first, names);
  },

  NameOrAttr(first, _dots, names) {
    return dottedName(first, names);
  },

  GroupPattern(_open, pattern, _close) {
    return pattern.ast();
  },

  SequencePattern_list(_open, patterns, _close) {
    return { _type: "MatchSequence", patterns: opt<Pattern[]>(patterns) ?? [], ...span(this) };
  },

  SequencePattern_tuple(_open, patterns, _close) {
    return { _type: "MatchSequence", patterns: opt<Pattern[]>(patterns) ?? [], ...span(this) };
  },

  OpenSequencePattern(first, _comma, rest) {
    return [ast<Pattern>(first), ...(opt<Pattern[]>(rest) ?? [])];
  },

  MaybeSequencePattern(first, _commas, rest, _comma) {
    return listOf(first, rest);
  },

  StarPattern_capture(_star, target) {
    return { _type: "MatchStar", name: ast(target), ...span(this) };
  },

  StarPattern_wildcard(_star, _wildcard) {
    return { _type: "MatchStar", name: null, ...span(this) };
  },

  MappingPattern_empty(_open, _close) {
    return mapping(this, [], null);
  },

  MappingPattern_rest(_open, rest, _comma, _close) {
    return mapping(this, [], ast(rest));
  },

  MappingPattern_itemsRest(_open, items, _comma, rest, _comma2, _close) {
    return mapping(this, ast(items), ast(rest));
  },

  MappingPattern_items(_open, items, _comma, _close) {
    return mapping(this, ast(items), null);
  },

  ItemsPattern(first, _commas, rest) {
    return listOf(first, rest);
  },

  KeyValuePattern(key, _colon, pattern): KeyPattern {
    return { key: expr(key), pattern: ast(pattern) };
  },

  DoubleStarPattern(_stars, target) {
    return target.ast();
  },

  ClassPattern_empty(cls, _open, _close) {
    return classPattern(this, cls, [], []);
  },

  ClassPattern_positional(cls, _open, patterns, _comma, _close) {
    return classPattern(this, cls, ast(patterns), []);
  },

  ClassPattern_keywords(cls, _open, keywords, _comma, _close) {
    return classPattern(this, cls, [], ast(keywords));
  },

  ClassPattern_both(cls, _open, patterns, _comma, keywords, _comma2, _close) {
    return classPattern(this, cls, ast(patterns), ast(keywords));
  },

  PositionalPatterns(first, _commas, rest) {
    return listOf(first, rest);
  },

  KeywordPatterns(first, _commas, rest) {
    return listOf(first, rest);
  },

  KeywordPattern(name, _eq, pattern): KeywordPattern {
    return { name: ast(name), pattern: ast(pattern) };
  },
};
