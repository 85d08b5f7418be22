// Semantic actions for statements: simple statements, imports, blocks and compound statements.
//
// Consumes: CST nodes of those rules. Produces: `Stmt` nodes (a statement line gives a list).
// Invariants: a compound statement spans from its keyword (not its decorators) to the last
// token of its last block, as CPython's EXTRA does; `elif` is an If nested in `orelse`.
// Example: "if a: x\nelif b: y\n" -> If(a, [x], orelse=[If(b, [y], [])]), the inner If
// spanning line 2.
import type * as ohm from "ohm-js";
import type { Alias, Arguments, ClassDef, ExceptHandler, Expr, Operator, Stmt, WithItem } from "./ast.js";
import { BINARY_OPERATORS, STORE, ast, expr, many, opt } from "./cst.js";
import { emptyArguments, listOf, type CallArguments } from "./actions-expr.js";
import { buildContext, span } from "./locate.js";

/** The `orelse` of an if/elif: a nested If for `elif`, the else block, or nothing. */
function ifOrelse(rest: ohm.Node): Stmt[] {
  const clause = rest.children[0];
  if (!clause) return [];
  return clause.ctorName === "ElifStmt" ? [ast<Stmt>(clause)] : ast<Stmt[]>(clause);
}

function alias(node: ohm.Node, name: string, asname: string | null): Alias {
  return { _type: "alias", name, asname, ...span(node) };
}

function importFrom(node: ohm.Node, module: string | null, dots: ohm.Node, targets: ohm.Node): Stmt {
  // `...` is one token in CPython; counting characters gives the same level.
  return { _type: "ImportFrom", module, names: ast<Alias[]>(targets), level: dots.numChildren, ...span(node) };
}

function exceptHandler(node: ohm.Node, type: ohm.Node | null, name: ohm.Node | null, body: ohm.Node): ExceptHandler {
  return {
    _type: "ExceptHandler", type: type ? expr(type) : null, name: name ? opt<string>(name) : null, body: ast(body), ...span(node),
  };
}

function withStmt(node: ohm.Node, isAsync: ohm.Node, items: ohm.Node, body: ohm.Node): Stmt {
  const fields = { items: ast<WithItem[]>(items), body: ast<Stmt[]>(body), type_comment: null, ...span(node) };
  return isAsync.numChildren ? { _type: "AsyncWith", ...fields } : { _type: "With", ...fields };
}

function tryStmt(node: ohm.Node, type: "Try" | "TryStar", body: ohm.Node, handlers: ohm.Node, orelse: ohm.Node, finalbody: ohm.Node): Stmt {
  return {
    _type: type,
    body: ast(body),
    handlers: many<ExceptHandler>(handlers),
    orelse: opt<Stmt[]>(orelse) ?? [],
    finalbody: opt<Stmt[]>(finalbody) ?? [],
    ...span(node),
  };
}

function decorated(decorators: ohm.Node, definition: ohm.Node): Stmt {
  const def = ast<Stmt & { decorator_list: Expr[] }>(definition);
  def.decorator_list = opt<Expr[]>(decorators) ?? [];
  return def;
}

export const stmtActions: ohm.ActionDict<unknown> = {
  Chunk(statements, _end) {
    return statements.ast();
  },

  Statements(statements) {
    return statements.children.flatMap((s) => ast<Stmt[]>(s));
  },

  Statement(statement) {
    const result = ast<Stmt | Stmt[]>(statement);
    return Array.isArray(result) ? result : [result];
  },

  SimpleStmts(first, _semicolons, rest, _semicolon, _newline) {
    return listOf(first, rest);
  },

  DeferredStatement(_marker, _newline) {
    const context = buildContext();
    return context.parseDeferred(context.chunk.deferred.get(this.source.startIdx)!);
  },

  KeywordStmt(_keyword, statement) {
    return statement.ast();
  },

  CompoundStmt(_start, statement) {
    return statement.ast();
  },

  SimpleStmt_expr(value) {
    return { _type: "Expr", value: expr(value), ...span(this) };
  },

  Assignment_annName(target, _colon, annotation, value) {
    const name: Expr = { _type: "Name", id: ast<string>(target), ctx: STORE, ...span(target) };
    return { _type: "AnnAssign", target: name, annotation: expr(annotation), value: opt<Expr>(value), simple: 1, ...span(this) };
  },

  Assignment_annTarget(target, _colon, annotation, value) {
    return { _type: "AnnAssign", target: expr(target), annotation: expr(annotation), value: opt<Expr>(value), simple: 0, ...span(this) };
  },

  AnnotatedTarget_paren(_open, target, _close) {
    return target.ast();
  },

  AnnotatedValue(_eq, value) {
    return value.ast();
  },

  Assignment_assign(targets, value) {
    return { _type: "Assign", targets: many<Expr>(targets), value: expr(value), type_comment: null, ...span(this) };
  },

  AssignTarget(targets, _eq) {
    return targets.ast();
  },

  Assignment_aug(target, op, value) {
    return { _type: "AugAssign", target: expr(target), op: ast<Operator>(op), value: expr(value), ...span(this) };
  },

  augassign(_) {
    return BINARY_OPERATORS[this.sourceString.slice(0, -1)];
  },

  ReturnStmt(_return, value) {
    return { _type: "Return", value: opt<Expr>(value), ...span(this) };
  },

  RaiseStmt_exc(_raise, exc, cause) {
    return { _type: "Raise", exc: expr(exc), cause: opt<Expr>(cause), ...span(this) };
  },

  RaiseStmt_bare(_raise) {
    return { _type: "Raise", exc: null, cause: null, ...span(this) };
  },

  RaiseCause(_from, cause) {
    return cause.ast();
  },

  PassStmt(_) {
    return { _type: "Pass", ...span(this) };
  },

  BreakStmt(_) {
    return { _type: "Break", ...span(this) };
  },

  ContinueStmt(_) {
    return { _type: "Continue", ...span(this) };
  },

  GlobalStmt(_global, first, _commas, rest) {
    return { _type: "Global", names: listOf(first, rest), ...span(this) };
  },

  NonlocalStmt(_nonlocal, first, _commas, rest) {
    return { _type: "Nonlocal", names: listOf(first, rest), ...span(this) };
  },

  DelStmt_del(_del, targets, _end) {
    return { _type: "Delete", targets: targets.ast(), ...span(this) };
  },

  YieldStmt(value) {
    return { _type: "Expr", value: expr(value), ...span(this) };
  },

  AssertStmt_assert(_assert, test, msg) {
    return { _type: "Assert", test: expr(test), msg: opt<Expr>(msg), ...span(this) };
  },

  AssertMessage(_comma, msg) {
    return msg.ast();
  },

  ImportName(_import, names) {
    return { _type: "Import", names: names.ast(), ...span(this) };
  },

  ImportFrom_module(_from, dots, module, _import, targets) {
    return importFrom(this, ast<string>(module), dots, targets);
  },

  ImportFrom_relative(_from, dots, _import, targets) {
    return importFrom(this, null, dots, targets);
  },

  ImportFromTargets_paren(_open, names, _comma, _close) {
    return names.ast();
  },

  ImportFromTargets_star(star) {
    return [alias(star, "*", null)];
  },

  ImportFromAsNames(first, _commas, rest) {
    return listOf(first, rest);
  },

  DottedAsNames(first, _commas, rest) {
    return listOf(first, rest);
  },

  ImportFromAsName(name, asname) {
    return alias(this, ast<string>(name), opt<string>(asname));
  },

  DottedAsName(name, asname) {
    return alias(this, ast<string>(name), opt<string>(asname));
  },

  AsName(_as, name) {
    return name.ast();
  },

  DottedName(first, _dots, rest) {
    return listOf<string>(first, rest).join(".");
  },

  Block_indented(_newline, _indent, statements, _dedent) {
    return statements.ast();
  },

  Decorators(decorators) {
    return many(decorators);
  },

  Decorator(_at, value, _newline) {
    return value.ast();
  },

  ClassDef(decorators, definition) {
    return decorated(decorators, definition);
  },

  ClassDefRaw_class(_class, name, args, _colon, body): ClassDef {
    const call = opt<CallArguments>(args) ?? { args: [], keywords: [] };
    return {
      _type: "ClassDef", name: ast(name), bases: call.args, keywords: call.keywords, body: ast(body), decorator_list: [], ...span(this),
    };
  },

  FunctionDef(decorators, definition) {
    return decorated(decorators, definition);
  },

  FunctionDefRaw_def(isAsync, _def, name, _open, params, _close, returns, _colon, body) {
    const fields = {
      name: ast<string>(name),
      args: opt<Arguments>(params) ?? emptyArguments(),
      body: ast<Stmt[]>(body),
      decorator_list: [],
      returns: opt<Expr>(returns),
      type_comment: null,
      ...span(this),
    };
    return isAsync.numChildren ? { _type: "AsyncFunctionDef", ...fields } : { _type: "FunctionDef", ...fields };
  },

  ReturnAnnotation(_arrow, value) {
    return value.ast();
  },

  IfStmt_if(_if, test, _colon, body, rest) {
    return { _type: "If", test: expr(test), body: ast(body), orelse: ifOrelse(rest), ...span(this) };
  },

  ElifStmt_elif(_elif, test, _colon, body, rest) {
    return { _type: "If", test: expr(test), body: ast(body), orelse: ifOrelse(rest), ...span(this) };
  },

  ElseBlock_else(_else, _colon, body) {
    return body.ast();
  },

  WhileStmt_while(_while, test, _colon, body, orelse) {
    return { _type: "While", test: expr(test), body: ast(body), orelse: opt<Stmt[]>(orelse) ?? [], ...span(this) };
  },

  ForStmt_for(isAsync, _for, target, _in, iter, _colon, body, orelse) {
    const fields = {
      target: expr(target), iter: expr(iter), body: ast<Stmt[]>(body), orelse: opt<Stmt[]>(orelse) ?? [], type_comment: null, ...span(this),
    };
    return isAsync.numChildren ? { _type: "AsyncFor", ...fields } : { _type: "For", ...fields };
  },

  WithStmt_paren(isAsync, _with, _open, items, _comma, _close, _colon, body) {
    return withStmt(this, isAsync, items, body);
  },

  WithStmt_plain(isAsync, _with, items, _colon, body) {
    return withStmt(this, isAsync, items, body);
  },

  WithItems(first, _commas, rest) {
    return listOf(first, rest);
  },

  WithItem_as(context, _as, target, _next): WithItem {
    return { _type: "withitem", context_expr: expr(context), optional_vars: expr(target) };
  },

  WithItem_plain(context): WithItem {
    return { _type: "withitem", context_expr: expr(context), optional_vars: null };
  },

  TryStmt_finally(_try, _colon, body, finalbody) {
    return { _type: "Try", body: ast(body), handlers: [], orelse: [], finalbody: ast(finalbody), ...span(this) };
  },

  TryStmt_except(_try, _colon, body, handlers, orelse, finalbody) {
    return tryStmt(this, "Try", body, handlers, orelse, finalbody);
  },

  TryStmt_exceptStar(_try, _colon, body, handlers, orelse, finalbody) {
    return tryStmt(this, "TryStar", body, handlers, orelse, finalbody);
  },

  ExceptBlock_typed(_except, type, name, _colon, body) {
    return exceptHandler(this, type, name, body);
  },

  ExceptBlock_bare(_except, _colon, body) {
    return exceptHandler(this, null, null, body);
  },

  ExceptStarBlock_typed(_except, _star, type, name, _colon, body) {
    return exceptHandler(this, type, name, body);
  },

  FinallyBlock_finally(_finally, _colon, body) {
    return body.ast();
  },
};
