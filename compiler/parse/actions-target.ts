// Semantic actions for assignment and deletion targets (StarTargets, SingleTarget,
// DelTargets and TPrimary, CPython's t_primary).
//
// Consumes: CST nodes of those rules. Produces: Name/Attribute/Subscript/Starred/Tuple/List
// nodes with a Store or Del context; what they hang off (a TPrimary) stays Load.
// Invariant: the grammar admits only valid targets, so nothing here checks them; CPython's
// "cannot assign to ..." messages come from the error pass.
// Example: "a.b[0], *c = x" targets Tuple(Store)[Subscript(Attribute(Name a Load, 'b', Load),
// 0, Store), Starred(Name c Store, Store)].
import type * as ohm from "ohm-js";
import type { Expr, ExprContext } from "./ast.js";
import { DEL, STORE, ast, expr, many, opt } from "./cst.js";
import { foldTrailers, listOf } from "./actions-expr.js";
import { span } from "./locate.js";

function attribute(node: ohm.Node, value: ohm.Node, name: ohm.Node, ctx: ExprContext): Expr {
  return { _type: "Attribute", value: expr(value), attr: ast<string>(name), ctx, ...span(node) };
}

function subscript(node: ohm.Node, value: ohm.Node, slice: ohm.Node, ctx: ExprContext): Expr {
  return { _type: "Subscript", value: expr(value), slice: expr(slice), ctx, ...span(node) };
}

function name(node: ohm.Node, ctx: ExprContext): Expr {
  return { _type: "Name", id: ast<string>(node), ctx, ...span(node) };
}

export const targetActions: ohm.ActionDict<unknown> = {
  StarTargets_tuple(first, _commas, rest, _comma) {
    return { _type: "Tuple", elts: listOf(first, rest), ctx: STORE, ...span(this) };
  },

  StarTargetsListSeq(first, _commas, rest, _comma) {
    return listOf(first, rest);
  },

  StarTargetsTupleSeq_many(first, _commas, rest, _comma) {
    return [expr(first), ...many<Expr>(rest)];
  },

  StarTargetsTupleSeq_one(target, _comma) {
    return [expr(target)];
  },

  StarTarget_star(_star, target) {
    return { _type: "Starred", value: expr(target), ctx: STORE, ...span(this) };
  },

  TargetWithStarAtom_attribute(value, _dot, attr) {
    return attribute(this, value, attr, STORE);
  },

  TargetWithStarAtom_subscript(value, _open, slice, _close) {
    return subscript(this, value, slice, STORE);
  },

  StarAtom_name(id) {
    return name(id, STORE);
  },

  StarAtom_paren(_open, target, _close) {
    return target.ast();
  },

  StarAtom_tuple(_open, items, _close) {
    return { _type: "Tuple", elts: opt<Expr[]>(items) ?? [], ctx: STORE, ...span(this) };
  },

  StarAtom_list(_open, items, _close) {
    return { _type: "List", elts: opt<Expr[]>(items) ?? [], ctx: STORE, ...span(this) };
  },

  SingleTarget_name(id) {
    return name(id, STORE);
  },

  SingleTarget_paren(_open, target, _close) {
    return target.ast();
  },

  SingleSubscriptAttributeTarget_attribute(value, _dot, attr) {
    return attribute(this, value, attr, STORE);
  },

  SingleSubscriptAttributeTarget_subscript(value, _open, slice, _close) {
    return subscript(this, value, slice, STORE);
  },

  TPrimary(atom, _lookahead, trailers) {
    return foldTrailers(this, atom, trailers.children);
  },

  DelTargets(first, _commas, rest, _comma) {
    return listOf(first, rest);
  },

  DelTarget_attribute(value, _dot, attr) {
    return attribute(this, value, attr, DEL);
  },

  DelTarget_subscript(value, _open, slice, _close) {
    return subscript(this, value, slice, DEL);
  },

  DelTAtom_name(id) {
    return name(id, DEL);
  },

  DelTAtom_paren(_open, target, _close) {
    return target.ast();
  },

  DelTAtom_tuple(_open, items, _close) {
    return { _type: "Tuple", elts: opt<Expr[]>(items) ?? [], ctx: DEL, ...span(this) };
  },

  DelTAtom_list(_open, items, _close) {
    return { _type: "List", elts: opt<Expr[]>(items) ?? [], ctx: DEL, ...span(this) };
  },
};
