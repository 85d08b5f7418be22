// Semantic actions for python-errors.ohm: each invalid rule raises CPython 3.11's message at
// CPython's position (the RAISE_* macros of Parser/pegen.h).
//
// Consumes: the CST of one Invalid*/Forced* rule, matched by errors.ts where the trace found
// it. Produces: a thrown PySyntaxError (the rules carry CPython's conditions, so a match
// always means the error applies).
// Invariant: "at" means RAISE_SYNTAX_ERROR_KNOWN_LOCATION (the node's start, or for an
// expression its AST position); "here" means RAISE_SYNTAX_ERROR, whose position is the last
// token the parser had read.
// Example: InvalidNamedExpression_target on "f() = 1" raises "cannot assign to function call
// here. Maybe you meant '==' instead of '='?" at column 0.
import type * as ohm from "ohm-js";
import type { Expr } from "./ast.js";
import { ast, expr } from "./cst.js";
import type { CallArguments } from "./actions-expr.js";
import { buildContext, span, spanBetween } from "./locate.js";
import { PySyntaxError } from "./syntax-error.js";

/** Raise at the start of `node` (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE / _STARTING_FROM). */
function raiseAt(node: ohm.Node, message: string): never {
  throw new PySyntaxError(message, span(node));
}

/** Raise at an expression: CPython uses the AST node's position, which leaves out parentheses. */
function raiseAtExpr(node: ohm.Node, message: string): never {
  const at = expr(node);
  throw new PySyntaxError(message, { lineno: at.lineno, col_offset: at.col_offset });
}

/** Raise at the last token read (RAISE_SYNTAX_ERROR), `node` being the rule's match. */
function raiseHere(node: ohm.Node, message: string): never {
  const { chunk, lines, failure = 0 } = buildContext();
  const text = chunk.text;
  // The rule's last token: a NEWLINE counts, spaces do not.
  let last = node.source.endIdx - 1;
  while (last > node.source.startIdx && (text[last] === " " || text[last] === "\t")) last--;
  const at = lines.position(chunk.tokenOffset(Math.max(failure, last)));
  throw new PySyntaxError(message, { lineno: at.line, col_offset: at.col });
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
    case "Constant":
      switch (e.value.kind) {
        case "None": return "None";
        case "bool": return e.value.value ? "True" : "False";
        case "Ellipsis": return "ellipsis";
        default: return "literal";
      }
  }
}

type Targets = "star" | "for" | "del";

/** CPython's _PyPegen_get_invalid_target: the part of `e` that cannot be a target, if any. */
function invalidTarget(e: Expr, targets: Targets): Expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, targets);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      return targets === "del" ? e : invalidTarget(e.value, targets);
    case "Compare":
      // In `for a in b`, `a in b` parses as a comparison; only its left side is the target.
      if (targets === "for") return e.ops[0]._type === "In" ? invalidTarget(e.left, targets) : null;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET. */
function raiseInvalidTarget(node: ohm.Node, targets: Targets): never {
  const bad = invalidTarget(expr(node), targets);
  if (!bad) raiseHere(node, "invalid syntax");
  const verb = targets === "del" ? "delete" : "assign to";
  throw new PySyntaxError(`cannot ${verb} ${exprName(bad)}`, bad);
}

function blockLine(node: ohm.Node): number {
  return span(node).lineno;
}

export const errorActions: ohm.ActionDict<unknown> = {
  ErrorProbe(rule, _rest) {
    return rule.ast();
  },

  // ---- Forced tokens ----

  ForcedDefRaw_paren(_async, _def, _name) {
    raiseHere(this, "expected '('");
  },
  ForcedDefRaw_colon(_async, _def, _name, _open, _params, _close, _returns) {
    raiseHere(this, "expected ':'");
  },
  ForcedElseBlock(_else) {
    raiseHere(this, "expected ':'");
  },
  ForcedTryStmt(_try) {
    raiseHere(this, "expected ':'");
  },
  ForcedFinallyBlock(_finally) {
    raiseHere(this, "expected ':'");
  },

  // ---- Calls ----

  InvalidArguments_unpackAfterUnpack(args, _comma, _star) {
    raiseAt(args, "iterable argument unpacking follows keyword argument unpacking");
  },
  InvalidArguments_genexpFirst(value, _generators, _comma) {
    raiseAtExpr(value, "Generator expression must be parenthesized");
  },
  InvalidArguments_keywordGenexp(name, _eq, _value, _generators) {
    raiseAt(name, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  },
  // CPython's _PyPegen_nonparen_genexp_in_call: the last positional argument is the culprit.
  InvalidArguments_genexpAfterArgs(_first, _commas, rest, _generators) {
    raiseAtExpr(rest.children[rest.numChildren - 1], "Generator expression must be parenthesized");
  },
  InvalidArguments_genexpLast(_args, _comma, value, _generators) {
    raiseAtExpr(value, "Generator expression must be parenthesized");
  },
  InvalidArguments_positionalAfterKeyword(args, _comma, _rest) {
    const unpacking = ast<CallArguments>(args).keywords.some((k) => k.arg === null);
    raiseHere(this, unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
  },

  InvalidKwarg_constant(constant, _eq) {
    raiseAt(constant, `cannot assign to ${constant.sourceString}`);
  },
  InvalidKwarg_genexp(name, _eq, _value, _generators) {
    raiseAt(name, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  },
  InvalidKwarg_expression(value, _eq) {
    raiseAtExpr(value, 'expression cannot contain assignment, perhaps you meant "=="?');
  },

  // ---- Expressions ----

  InvalidLegacyExpression(name, rest) {
    const id = name.sourceString;
    throw new PySyntaxError(`Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`, spanBetween(name, rest));
  },

  // The rule itself checks CPython's conditions: inside brackets, not "print x".
  InvalidExpression_comma(first, _gap, _second) {
    raiseAtExpr(first, "invalid syntax. Perhaps you forgot a comma?");
  },
  InvalidExpression_else(body, _if, _test) {
    raiseAtExpr(body, "expected 'else' after 'if' expression");
  },

  InvalidNamedExpression_walrus(target, _op, _value) {
    raiseAtExpr(target, `cannot use assignment expressions with ${exprName(expr(target))}`);
  },
  InvalidNamedExpression_name(name, _eq, _value) {
    raiseAt(name, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  },
  InvalidNamedExpression_target(target, _eq, _value) {
    raiseAtExpr(target, `cannot assign to ${exprName(expr(target))} here. Maybe you meant '==' instead of '='?`);
  },

  InvalidAssignment_annotatedSequence(target, _colon, _annotation) {
    raiseAtExpr(target, `only single target (not ${exprName(expr(target))}) can be annotated`);
  },
  InvalidAssignment_annotatedTuple(first, _comma, _rest, _colon, _annotation) {
    raiseAtExpr(first, "only single target (not tuple) can be annotated");
  },
  InvalidAssignment_annotated(target, _colon, _annotation) {
    raiseAtExpr(target, "illegal target for annotation");
  },
  InvalidAssignment_target(_targets, target, _eq) {
    raiseInvalidTarget(target, "star");
  },
  InvalidAssignment_yield(_targets, value, _eq) {
    raiseAtExpr(value, "assignment to yield expression not possible");
  },
  InvalidAssignment_augmented(target, _op, _value) {
    raiseAtExpr(target, `'${exprName(expr(target))}' is an illegal expression for augmented assignment`);
  },
  AnnAssignTargetForError_paren(_open, target, _close) {
    return target.ast();
  },

  InvalidDelStmt(_del, targets) {
    raiseInvalidTarget(targets, "del");
  },

  InvalidBlock(_newline) {
    raiseHere(this, "expected an indented block");
  },

  InvalidComprehension_unpacking(_open, value, _generators) {
    raiseAtExpr(value, "iterable unpacking cannot be used in comprehension");
  },
  InvalidComprehension_tuple(_open, first, _comma, _rest, _generators) {
    raiseAtExpr(first, "did you forget parentheses around the comprehension target?");
  },
  InvalidComprehension_trailingComma(_open, first, _comma, _generators) {
    raiseAtExpr(first, "did you forget parentheses around the comprehension target?");
  },
  InvalidDictComprehension(_open, stars, _value, _generators, _close) {
    raiseAt(stars, "dict unpacking cannot be used in dict comprehension");
  },

  InvalidDict(_open, pairs, _close) {
    return pairs.ast();
  },
  InvalidDoubleStarredKvpairs_after(_first, _commas, _rest, _comma, invalid) {
    return invalid.ast();
  },
  InvalidDoubleStarredKvpairs_starredValue(_key, _colon, star, _value) {
    raiseAt(star, "cannot use a starred expression in a dictionary value");
  },
  InvalidDoubleStarredKvpairs_missingValue(_key, colon, _next) {
    raiseAt(colon, "expression expected after dictionary key and ':'");
  },
  InvalidKvpair_missingColon(key) {
    const at = expr(key);
    throw new PySyntaxError("':' expected after dictionary key", { lineno: at.lineno, col_offset: at.end_col_offset - 1 });
  },
  InvalidKvpair_starredValue(_key, _colon, star, _value) {
    raiseAt(star, "cannot use a starred expression in a dictionary value");
  },
  InvalidKvpair_missingValue(_key, colon, _next) {
    raiseAt(colon, "expression expected after dictionary key and ':'");
  },

  InvalidGroup_starred(_open, value, _close) {
    raiseAtExpr(value, "cannot use starred expression here");
  },
  InvalidGroup_doubleStarred(_open, stars, _value, _close) {
    raiseAt(stars, "cannot use double starred expression here");
  },

  // ---- Parameters (and the lambda twins, which share the messages) ----

  ...parameterErrors(""),
  ...parameterErrors("Lambda"),

  InvalidParameters_parenthesized(_params, open, _inner, _comma, _close) {
    raiseAt(open, "Function parameters cannot be parenthesized");
  },
  InvalidLambdaParameters_parenthesized(_params, open, _first, _commas, _rest, _comma, _close) {
    raiseAt(open, "Lambda expression parameters cannot be parenthesized");
  },

  // ---- Statements ----

  InvalidWithItem(_context, _as, target, _next) {
    raiseInvalidTarget(target, "star");
  },

  InvalidForTarget(_async, _for, targets) {
    raiseInvalidTarget(targets, "for");
  },

  InvalidImportFromTargets(_names, _comma, _newline) {
    raiseHere(this, "trailing comma not allowed without surrounding parentheses");
  },

  InvalidWithStmt_plain(_async, _with, _first, _commas, _rest, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidWithStmt_paren(_async, _with, _open, _items, _comma, _close, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidWithStmtIndent_plain(_async, keyword, _first, _commas, _rest, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'with' statement on line ${blockLine(keyword)}`);
  },
  InvalidWithStmtIndent_paren(_async, keyword, _open, _items, _comma, _close, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'with' statement on line ${blockLine(keyword)}`);
  },

  InvalidTryStmt_indent(keyword, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'try' statement on line ${blockLine(keyword)}`);
  },
  InvalidTryStmt_noExcept(_try, _colon, _block) {
    raiseHere(this, "expected 'except' or 'finally' block");
  },
  InvalidTryStmt_exceptThenStar(_try, _colon, _blocks, _handlers, except, _star, _type, _name, _colon2) {
    raiseAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
  },
  InvalidTryStmt_starThenExcept(_try, _colon, _blocks, _handlers, except, _type, _name, _colon2) {
    raiseAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
  },

  InvalidExceptStmt_multiple(_except, _star, first, _comma, _rest, _name, _colon) {
    raiseAtExpr(first, "multiple exception types must be parenthesized");
  },
  InvalidExceptStmt_colon(_except, _star, _type, _name, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidExceptStmt_bareColon(_except, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidExceptStmt_starNoType(_except, _star, _next) {
    raiseHere(this, "expected one or more exception types");
  },
  InvalidFinallyStmt(keyword, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'finally' statement on line ${blockLine(keyword)}`);
  },
  InvalidExceptStmtIndent_typed(keyword, _type, _name, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'except' statement on line ${blockLine(keyword)}`);
  },
  InvalidExceptStmtIndent_bare(keyword, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'except' statement on line ${blockLine(keyword)}`);
  },
  InvalidExceptStarStmtIndent(keyword, _star, _type, _name, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'except*' statement on line ${blockLine(keyword)}`);
  },

  InvalidMatchStmt_colon(_match, _subject) {
    raiseHere(this, "expected ':'");
  },
  InvalidMatchStmt_indent(keyword, _subject, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'match' statement on line ${blockLine(keyword)}`);
  },
  InvalidCaseBlock_colon(_case, _patterns, _guard) {
    raiseHere(this, "expected ':'");
  },
  InvalidCaseBlock_indent(keyword, _patterns, _guard, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'case' statement on line ${blockLine(keyword)}`);
  },
  InvalidAsPattern_wildcard(_pattern, _as, wildcard) {
    raiseAt(wildcard, "cannot use '_' as a target");
  },
  InvalidAsPattern_target(_pattern, _as, target) {
    raiseAtExpr(target, "invalid pattern target");
  },
  // The arguments are ((positional ",")? keywords "," positional): the last is out of place.
  InvalidClassPattern(_cls, _open, args) {
    raiseAt(args.children[4], "positional patterns follow keyword patterns");
  },

  InvalidIfStmt_colon(_if, _test, _newline) {
    raiseHere(this, "expected ':'");
  },
  // CPython names the condition's line here (`a='if' a=named_expression` in python.gram).
  InvalidIfStmt_indent(_if, test, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'if' statement on line ${blockLine(test)}`);
  },
  InvalidElifStmt_colon(_elif, _test, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidElifStmt_indent(keyword, _test, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'elif' statement on line ${blockLine(keyword)}`);
  },
  InvalidElseStmt(keyword, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'else' statement on line ${blockLine(keyword)}`);
  },
  InvalidWhileStmt_colon(_while, _test, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidWhileStmt_indent(keyword, _test, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'while' statement on line ${blockLine(keyword)}`);
  },
  InvalidForStmt_colon(_async, _for, _targets, _in, _iter, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidForStmt_indent(_async, keyword, _targets, _in, _iter, _colon, _newline) {
    raiseHere(this, `expected an indented block after 'for' statement on line ${blockLine(keyword)}`);
  },
  InvalidDefRaw(_async, keyword, _name, _open, _params, _close, _returns, _colon, _newline) {
    raiseHere(this, `expected an indented block after function definition on line ${blockLine(keyword)}`);
  },
  InvalidClassDefRaw_colon(_class, _name, _args, _newline) {
    raiseHere(this, "expected ':'");
  },
  InvalidClassDefRaw_indent(keyword, _name, _args, _colon, _newline) {
    raiseHere(this, `expected an indented block after class definition on line ${blockLine(keyword)}`);
  },
};

/** Parameter list errors; `prefix` is "" for def and "Lambda" for lambda. */
function parameterErrors(prefix: "" | "Lambda"): ohm.ActionDict<unknown> {
  return {
    [`Invalid${prefix}Parameters_nonDefault`](_plain: ohm.Node, _defaults: ohm.Node, param: ohm.Node) {
      raiseAt(param, "non-default argument follows default argument");
    },
    [`Invalid${prefix}Parameters_slashFirst`](slash: ohm.Node, _comma: ohm.Node) {
      raiseAt(slash, "at least one argument must precede /");
    },
    [`Invalid${prefix}Parameters_slashTwice`](_slash: ohm.Node, _params: ohm.Node, slash: ohm.Node) {
      raiseAt(slash, "/ may appear only once");
    },
    [`Invalid${prefix}Parameters_slashAfterStar`](
      _slash: ohm.Node, _before: ohm.Node, _star: ohm.Node, _after: ohm.Node, _params: ohm.Node, slash: ohm.Node,
    ) {
      raiseAt(slash, "/ must be ahead of *");
    },
    [`Invalid${prefix}Parameters_slashStar`](_params: ohm.Node, _slash: ohm.Node, star: ohm.Node) {
      raiseAt(star, "expected comma between / and *");
    },
    // CPython gives the lambda form no position of its own.
    [`Invalid${prefix}StarEtc_bareClose`](star: ohm.Node, _close: ohm.Node) {
      if (prefix) raiseHere(star, "named arguments must follow bare *");
      raiseAt(star, "named arguments must follow bare *");
    },
    [`Invalid${prefix}StarEtc_bareComma`](star: ohm.Node, _comma: ohm.Node, next: ohm.Node) {
      if (prefix) raiseHere(next, "named arguments must follow bare *");
      raiseAt(star, "named arguments must follow bare *");
    },
    [`Invalid${prefix}StarEtc_default`](_star: ohm.Node, _param: ohm.Node, eq: ohm.Node) {
      raiseAt(eq, "var-positional argument cannot have default value");
    },
    [`Invalid${prefix}StarEtc_twice`](_star: ohm.Node, _first: ohm.Node, _params: ohm.Node, star: ohm.Node, _next: ohm.Node) {
      raiseAt(star, "* argument may appear only once");
    },
    [`Invalid${prefix}Kwds_default`](_stars: ohm.Node, _param: ohm.Node, eq: ohm.Node) {
      raiseAt(eq, "var-keyword argument cannot have default value");
    },
    [`Invalid${prefix}Kwds_param`](_stars: ohm.Node, _param: ohm.Node, _comma: ohm.Node, param: ohm.Node) {
      raiseAt(param, "arguments cannot follow var-keyword argument");
    },
    [`Invalid${prefix}Kwds_star`](_stars: ohm.Node, _param: ohm.Node, _comma: ohm.Node, star: ohm.Node) {
      raiseAt(star, "arguments cannot follow var-keyword argument");
    },
  };
}

