// Semantic actions for argument lists in both directions: call arguments (Arguments, Args,
// Kwargs) and function/lambda parameters (Params, Parameters, StarEtc and the Lambda* twins).
//
// Consumes: CST nodes of those rules. Produces: a call's `args`/`keywords`, and `arguments`.
// Invariants: the grammar already enforces the order rules (no positional after keyword, no
// parameter without default after one with a default, ...); these actions only regroup, as
// CPython's _PyPegen_collect_call_seqs and _PyPegen_make_arguments do. Starred arguments
// after keywords still go to `args`, in source order.
// Example: "def f(a, /, b=1, *c, d, **e)" -> arguments(posonlyargs=[a], args=[b], vararg=c,
// kwonlyargs=[d], kw_defaults=[None], kwarg=e, defaults=[1]).
import type { Arg, Arguments, Expr, Keyword } from "./ast.js";
import type * as ohm from "ohm-js";
import { ast, expr, many, opt } from "./cst.js";
import { listOf, type CallArguments } from "./actions-expr.js";
import { span } from "./locate.js";

type KwargItem = Keyword | Expr;

interface ParamWithDefault {
  arg: Arg;
  default: Expr | null;
}

interface SlashWithDefault {
  plain: Arg[];
  withDefaults: ParamWithDefault[];
}

interface StarEtc {
  vararg: Arg | null;
  kwonly: ParamWithDefault[];
  kwarg: Arg | null;
}

function splitKwargs(items: KwargItem[]): { starred: Expr[]; keywords: Keyword[] } {
  const starred: Expr[] = [];
  const keywords: Keyword[] = [];
  for (const item of items) {
    if (item._type === "keyword") keywords.push(item);
    else starred.push(item);
  }
  return { starred, keywords };
}

function makeArguments(parts: {
  slashNoDefault?: Arg[];
  slashWithDefault?: SlashWithDefault;
  plain?: Arg[];
  withDefaults?: ParamWithDefault[];
  starEtc?: StarEtc | null;
}): Arguments {
  const { slashWithDefault, withDefaults = [], starEtc } = parts;
  const posonlyargs = parts.slashNoDefault
    ?? (slashWithDefault ? [...slashWithDefault.plain, ...slashWithDefault.withDefaults.map((p) => p.arg)] : []);
  const defaults = [...(slashWithDefault?.withDefaults ?? []), ...withDefaults].map((p) => p.default as Expr);
  return {
    _type: "arguments",
    posonlyargs,
    args: [...(parts.plain ?? []), ...withDefaults.map((p) => p.arg)],
    vararg: starEtc?.vararg ?? null,
    kwonlyargs: (starEtc?.kwonly ?? []).map((p) => p.arg),
    kw_defaults: (starEtc?.kwonly ?? []).map((p) => p.default),
    kwarg: starEtc?.kwarg ?? null,
    defaults,
  };
}

function arg(name: ohm.Node, annotation: Expr | null, at: ohm.Node): Arg {
  return { _type: "arg", arg: ast<string>(name), annotation, type_comment: null, ...span(at) };
}

function starEtc(vararg: Arg | null, kwonly: ohm.Node, kwarg: ohm.Node): StarEtc {
  return { vararg, kwonly: many<ParamWithDefault>(kwonly), kwarg: opt<Arg>(kwarg) };
}

/** Actions shared by Parameters and LambdaParameters, which differ only in their parameters. */
function parameterActions(prefix: "" | "Lambda"): ohm.ActionDict<unknown> {
  return {
    [`${prefix}Parameters_slashNoDefault`](slash: ohm.Node, plain: ohm.Node, withDefaults: ohm.Node, star: ohm.Node) {
      return makeArguments({
        slashNoDefault: ast(slash), plain: many(plain), withDefaults: many(withDefaults), starEtc: opt(star),
      });
    },
    [`${prefix}Parameters_slashWithDefault`](slash: ohm.Node, withDefaults: ohm.Node, star: ohm.Node) {
      return makeArguments({ slashWithDefault: ast(slash), withDefaults: many(withDefaults), starEtc: opt(star) });
    },
    [`${prefix}Parameters_noDefault`](plain: ohm.Node, withDefaults: ohm.Node, star: ohm.Node) {
      return makeArguments({ plain: many(plain), withDefaults: many(withDefaults), starEtc: opt(star) });
    },
    [`${prefix}Parameters_withDefault`](withDefaults: ohm.Node, star: ohm.Node) {
      return makeArguments({ withDefaults: many(withDefaults), starEtc: opt(star) });
    },
    [`${prefix}Parameters_starEtc`](star: ohm.Node) {
      return makeArguments({ starEtc: ast(star) });
    },
    [`${prefix}SlashNoDefault`](params: ohm.Node, _slash: ohm.Node, _end: ohm.Node) {
      return many(params);
    },
    [`${prefix}SlashWithDefault`](plain: ohm.Node, withDefaults: ohm.Node, _slash: ohm.Node, _end: ohm.Node): SlashWithDefault {
      return { plain: many(plain), withDefaults: many(withDefaults) };
    },
    [`${prefix}StarEtc_named`](_star: ohm.Node, vararg: ohm.Node, kwonly: ohm.Node, kwarg: ohm.Node) {
      return starEtc(ast(vararg), kwonly, kwarg);
    },
    [`${prefix}StarEtc_bare`](_star: ohm.Node, _comma: ohm.Node, kwonly: ohm.Node, kwarg: ohm.Node) {
      return starEtc(null, kwonly, kwarg);
    },
    [`${prefix}StarEtc_kwds`](kwarg: ohm.Node): StarEtc {
      return { vararg: null, kwonly: [], kwarg: ast(kwarg) };
    },
    [`${prefix}Kwds_kwds`](_stars: ohm.Node, param: ohm.Node) {
      return param.ast();
    },
    [`${prefix}ParamNoDefault`](param: ohm.Node, _end: ohm.Node) {
      return param.ast();
    },
    [`${prefix}ParamWithDefault`](param: ohm.Node, value: ohm.Node, _end: ohm.Node): ParamWithDefault {
      return { arg: ast(param), default: expr(value) };
    },
    [`${prefix}ParamMaybeDefault`](param: ohm.Node, value: ohm.Node, _end: ohm.Node): ParamWithDefault {
      return { arg: ast(param), default: opt<Expr>(value) };
    },
  };
}

export const callActions: ohm.ActionDict<unknown> = {
  ...parameterActions(""),
  ...parameterActions("Lambda"),

  StarEtc_starAnnotation(_star, vararg, kwonly, kwarg) {
    return starEtc(ast(vararg), kwonly, kwarg);
  },

  ParamNoDefaultStarAnnotation(param, _end) {
    return param.ast();
  },

  Param(name, annotation) {
    return arg(name, opt<Expr>(annotation), this);
  },

  ParamStarAnnotation(name, annotation) {
    return arg(name, expr(annotation), this);
  },

  LambdaParam(name) {
    return arg(name, null, this);
  },

  Annotation(_colon, annotation) {
    return annotation.ast();
  },

  StarAnnotation(_colon, annotation) {
    return annotation.ast();
  },

  Default_default(_eq, value) {
    return value.ast();
  },

  Arguments_args(args, _comma, _close) {
    return args.ast();
  },

  Args_positional(positional, kwargs): CallArguments {
    const { starred, keywords } = splitKwargs(opt<KwargItem[]>(kwargs) ?? []);
    return { args: [...ast<Expr[]>(positional), ...starred], keywords };
  },

  PositionalArgs(first, _commas, rest) {
    return listOf(first, rest);
  },

  KwargsOrStarred(first, _commas, rest) {
    return listOf(first, rest);
  },

  KwargsOrDoubleStarred(first, _commas, rest) {
    return listOf(first, rest);
  },

  Args_kwargs(kwargs): CallArguments {
    const { starred, keywords } = splitKwargs(ast(kwargs));
    return { args: starred, keywords };
  },

  ArgsKwargs(_comma, kwargs) {
    return kwargs.ast();
  },

  Kwargs_both(starred, _comma, doubleStarred) {
    return [...ast<KwargItem[]>(starred), ...ast<KwargItem[]>(doubleStarred)];
  },

  KwargOrStarred_keyword(name, _eq, value): Keyword {
    return { _type: "keyword", arg: ast<string>(name), value: expr(value), ...span(this) };
  },

  KwargOrDoubleStarred_keyword(name, _eq, value): Keyword {
    return { _type: "keyword", arg: ast<string>(name), value: expr(value), ...span(this) };
  },

  KwargOrDoubleStarred_unpack(_stars, value): Keyword {
    return { _type: "keyword", arg: null, value: expr(value), ...span(this) };
  },

  ClassArguments(_open, args, _close) {
    return opt<CallArguments>(args) ?? { args: [], keywords: [] };
  },
};
