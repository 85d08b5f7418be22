// Type checking of expressions (static_python.md §2-3): computes and records the static
// type of every expression, gives integer and float literals the primitive type their
// context expects, and reports Static Python's errors for mixing primitives and objects.
//
//   x: int64;  x + 1      -> int64 (the literal becomes an int64 immediate)
//   x: int64;  x + y      -> "cannot add int64 and dynamic"   (y unannotated)

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { type Ctx, error, record, unsupported } from "./context.js";
import { checkCall } from "./call.js";
import { binopResult } from "./binop.js";
import { INT_PRIMS, intFits, intPrimOf, intWidens, isIntPrimName, promote } from "./prims.js";
import { DYNAMIC, ERROR, type FieldInfo, type SType, assignable, cls, isClass, isPrim, prim, typeName, widen } from "./types.js";
import { containerItem, genericDefOf, iterItem, keyContext } from "./generics.js";
import { resolveAnnotation } from "./annotations.js";
import { refine, withNarrowing } from "./narrow.js";
import { classAttrType } from "./classattrs.js";
import { checkNamedExpr, forgetWalrusTargets, walrusTargets } from "./walrus.js";
import { fieldLoadType, forgetFields, preservesFields, restoreAfterBoolOp } from "./refine-fields.js";


/** Type `e`; `expected` is the type the context wants (lets literals become primitives). */
export function checkExpr(ctx: Ctx, e: A.Expr, expected?: SType): SType {
  const t = checkNode(ctx, e, expected);
  if (!preservesFields(ctx, e)) forgetFields(ctx);
  return t;
}

function checkNode(ctx: Ctx, e: A.Expr, expected?: SType): SType {
  switch (e._type) {
    case "Constant": return record(ctx, e, constantType(ctx, e, expected));
    case "Name": {
      const folded = finalConstant(ctx, e.id);
      if (folded) return record(ctx, e, foldedType(ctx, e, folded, expected));
      return record(ctx, e, nameType(ctx, e));
    }
    case "BinOp": return record(ctx, e, binop(ctx, e, expected));
    case "UnaryOp": return record(ctx, e, unaryop(ctx, e, expected));
    case "BoolOp": return record(ctx, e, boolop(ctx, e, expected));
    case "Compare": return record(ctx, e, compare(ctx, e));
    case "Call": return record(ctx, e, checkCall(ctx, e, expected));
    case "Attribute": {
      const obj = objectOperand(ctx, e.value);
      const f = fieldOf(ctx, e, obj);
      return record(ctx, e, f ? fieldLoadType(ctx, e, f.type) : classAttrType(ctx, e, obj));
    }
    case "Subscript": {
      if (genericDefOf(ctx, e.value)) return record(ctx, e, genericClass(resolveAnnotation(ctx, e)));
      return record(ctx, e, subscriptOperands(ctx, e) ?? DYNAMIC);
    }
    case "Slice": {
      for (const part of [e.lower, e.upper, e.step]) if (part) objectOperand(ctx, part);
      return record(ctx, e, DYNAMIC);
    }
    case "List": case "Tuple": {
      if (e.elts.some((x) => x._type === "Starred")) return record(ctx, e, unsupported(ctx, e, "starred items in displays"));
      if (e._type === "List" && expected?.kind === "generic" && expected.gen.def === "chklist") {
        return record(ctx, e, checkedDisplay(ctx, e, expected, [[e.elts, expected.gen.args[0]]]));
      }
      e.elts.forEach((x) => objectOperand(ctx, x));
      return record(ctx, e, cls(e._type === "List" ? "list" : "tuple", true));
    }
    case "Dict": {
      if (e.keys.some((k) => k === null)) return record(ctx, e, unsupported(ctx, e, "** in dict displays"));
      if (expected?.kind === "generic" && expected.gen.def === "chkdict") {
        const [k, v] = expected.gen.args;
        return record(ctx, e, checkedDisplay(ctx, e, expected, [[e.keys as A.Expr[], k], [e.values, v]]));
      }
      e.keys.forEach((k) => objectOperand(ctx, k!));
      e.values.forEach((v) => objectOperand(ctx, v));
      return record(ctx, e, cls("dict", true));
    }
    case "IfExp": return record(ctx, e, ifexp(ctx, e, expected));
    case "ListComp": case "SetComp": case "DictComp": {
      const t = comprehension(ctx, e);
      if (e._type !== "ListComp" || expected?.kind !== "generic" || expected.gen.def !== "chklist") return record(ctx, e, t);
      // `x: CheckedList[T] = [... for ...]`: the list becomes a chklist, its items checked
      // as it is converted.
      const elt = ctx.mod.types.get(e.elt)!;
      if (!assignable(expected.gen.args[0], elt)) error(ctx, e.elt, MESSAGES.typeMismatch(typeName(elt), typeName(expected.gen.args[0])));
      ctx.mod.checkedDisplays.set(e, expected.gen);
      return record(ctx, e, expected);
    }
    case "NamedExpr": return record(ctx, e, checkNamedExpr(ctx, e, expected));
    case "JoinedStr": {
      for (const part of e.values) fstringPart(ctx, part);
      return record(ctx, e, cls("str", true));
    }
    default:
      return record(ctx, e, unsupported(ctx, e, EXPR_NAMES[e._type] ?? e._type));
  }
}

const EXPR_NAMES: Record<string, string> = {
  Lambda: "lambda", GeneratorExp: "generator expression", Await: "await", Yield: "yield", YieldFrom: "yield from",
  Set: "set display", Starred: "starred expression",
};

/** The field `e` names, when its object is an instance of a static class (recorded for the
 *  HIR builder); reports attribute access on an Optional. */
export function fieldOf(ctx: Ctx, e: A.Attribute, t: SType): FieldInfo | undefined {
  // An earlier inference pass may have recorded a field where this one finds none.
  ctx.mod.fields.delete(e);
  ctx.mod.fieldRefinements.delete(e);
  if (t.kind === "optional") {
    error(ctx, e, `${typeName(t)}: 'NoneType' object has no attribute '${e.attr}'`);
    return undefined;
  }
  if (t.kind !== "instance" || !t.cls.isStatic) return undefined;
  const f = t.cls.fields.get(e.attr);
  if (f) ctx.mod.fields.set(e, f);
  return f;
}

/** `seq[i]` (load or store target): a list may be indexed by a signed integer primitive
 *  (recorded for the HIR builder's fast path, §3.5), checked containers by their key type;
 *  any other key must be an object. The element type, for checked containers. */
export function subscriptOperands(ctx: Ctx, e: A.Subscript): SType | undefined {
  // An earlier inference pass may have recorded an access this one does not find.
  ctx.mod.items.delete(e);
  const seq = objectOperand(ctx, e.value);
  const key = checkExpr(ctx, e.slice, keyContext(seq));
  const item = containerItem(ctx, e, seq, key);
  if (item) return item;
  const prim = intPrimOf(key);
  if (prim && INT_PRIMS[prim].signed && isClass(seq, "list")) ctx.mod.items.set(e, { kind: "list", trusted: false });
  else if (key.kind === "prim") error(ctx, e.slice, MESSAGES.typeMismatch(typeName(key), "dynamic"));
  return undefined;
}

/** `x: CheckedDict[K, V] = {...}` / `CheckedList[T]` from `[...]`: the display builds the
 *  checked container, each part checked against its type. */
function checkedDisplay(ctx: Ctx, e: A.Expr, t: SType & { kind: "generic" }, parts: [A.Expr[], SType][]): SType {
  for (const [exprs, want] of parts) {
    for (const x of exprs) {
      const got = checkExpr(ctx, x, want);
      if (!assignable(want, got)) error(ctx, x, MESSAGES.typeMismatch(typeName(got), typeName(want)));
    }
  }
  ctx.mod.checkedDisplays.set(e, t.gen);
  return t;
}

/** `CheckedList[int]` as a value: the type object. */
function genericClass(t: SType): SType {
  return t.kind === "generic" ? { kind: "genericclass", gen: t.gen } : t;
}

/** Type an expression that must be an object (an argument to a dynamic operation). */
export function objectOperand(ctx: Ctx, e: A.Expr): SType {
  const t = checkExpr(ctx, e);
  if (t.kind === "prim") error(ctx, e, MESSAGES.typeMismatch(t.name, "dynamic"));
  return t;
}

/** The type of an int literal (`value` already includes a folded minus sign). */
function intLiteralType(ctx: Ctx, e: A.Expr, value: bigint, expected?: SType): SType {
  if (expected?.kind === "prim" && isIntPrimName(expected.name)) {
    if (!intFits(expected.name, value)) return error(ctx, e, MESSAGES.typeMismatch(`Literal[${value}]`, expected.name));
    return expected;
  }
  if (expected && isPrim(expected, "double")) return prim("double");
  return { kind: "literal", value };
}

/** The type of a use `e` of a Final constant: its literal's, in the use's context. */
function foldedType(ctx: Ctx, e: A.Expr, folded: A.Expr, expected?: SType): SType {
  if (folded._type !== "UnaryOp") return constantType(ctx, folded as A.Constant, expected);
  const n = negativeIntLiteral(folded);
  return n !== undefined ? intLiteralType(ctx, e, n, expected) : constantType(ctx, folded.operand as A.Constant, expected);
}

/** The Final constant `name` stands for here, unless a local or comprehension target shadows it. */
export function finalConstant(ctx: Ctx, name: string): A.Expr | undefined {
  const c = ctx.mod.finalConsts.get(name);
  if (!c || ctx.compScopes.some((s) => s.has(name))) return undefined;
  if (ctx.scope.kind === "function" && ctx.scope.locals.includes(name)) return undefined;
  return c;
}

/** `-5` is one literal, as Cinder folds it before checking ranges. */
export function negativeIntLiteral(e: A.UnaryOp): bigint | undefined {
  const o = e.operand;
  return e.op._type === "USub" && o._type === "Constant" && o.value.kind === "int" ? -o.value.value : undefined;
}

function constantType(ctx: Ctx, e: A.Constant, expected?: SType): SType {
  const v = e.value;
  switch (v.kind) {
    case "int": return intLiteralType(ctx, e, v.value, expected);
    case "float":
      if (expected && isPrim(expected, "double")) return prim("double");
      return cls("float", true);
    case "str": return cls("str", true);
    case "bool":
      if (expected && isPrim(expected, "cbool")) return prim("cbool");
      return cls("bool", true);
    case "None": return cls("NoneType", true);
    default: return unsupported(ctx, e, `${v.kind} constants`);
  }
}

const MODULE_DUNDERS = new Set(["__name__", "__file__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__"]);

export function nameType(ctx: Ctx, e: A.Name): SType {
  const name = e.id;
  for (let k = ctx.compScopes.length - 1; k >= 0; k--) {
    const t = ctx.compScopes[k].get(name);
    if (t) return t;
  }
  if (ctx.scope.kind === "function" && ctx.scope.locals.includes(name)) return ctx.narrow.get(name) ?? ctx.locals.get(name) ?? DYNAMIC;
  const fn = ctx.mod.staticFunctions.get(name);
  const c = ctx.mod.classes.get(name);
  if (c?.isStatic) return { kind: "classobj", cls: c };
  if (fn) return { kind: "function", fn };
  const st = ctx.statics.get(name);
  if (st) return { kind: "static", name: st };
  const g = ctx.mod.globals.get(name);
  if (g) return g;
  const alias = ctx.aliases.get(name);
  if (alias) return genericClass(resolveAnnotation(ctx, alias));
  if (ctx.moduleNames.has(name) || MODULE_DUNDERS.has(name)) return DYNAMIC;
  if (BUILTIN_NAMES.has(name)) return { kind: "builtin", name };
  if (ctx.mod.isStatic) return error(ctx, e, MESSAGES.undefinedName(name));
  return DYNAMIC;
}

function binop(ctx: Ctx, e: A.BinOp, expected?: SType): SType {
  // Type the non-literal side first so a literal on either side takes its type (or the
  // wider type the context asks for, which the operation then runs at).
  let l: SType, r: SType;
  if (e.left._type === "Constant" || (e.left._type === "UnaryOp" && negativeIntLiteral(e.left) !== undefined)) {
    r = checkExpr(ctx, e.right, expected);
    l = checkExpr(ctx, e.left, literalContext(r, expected));
  } else {
    l = checkExpr(ctx, e.left, expected);
    r = checkExpr(ctx, e.right, literalContext(l, expected));
  }
  return binopResult(ctx, e, e.op._type, l, r, expected);
}

/** The type a literal next to an operand of type `other` takes. */
function literalContext(other: SType, expected?: SType): SType | undefined {
  if (other.kind !== "prim") return undefined;
  if (expected?.kind === "prim" && intWidens(expected.name, other.name)) return expected;
  return other;
}

function unaryop(ctx: Ctx, e: A.UnaryOp, expected?: SType): SType {
  const op = e.op._type;
  const folded = negativeIntLiteral(e);
  if (folded !== undefined) return record(ctx, e.operand, intLiteralType(ctx, e, folded, expected));
  const t = checkExpr(ctx, e.operand, op === "Not" ? undefined : expected);
  if (t.kind === "error") return t;
  if (op === "Not" && t.kind === "prim") return t.name === "double" ? error(ctx, e, MESSAGES.invertDouble()) : prim("cbool");
  if (op === "Not") return cls("bool", true);
  if (t.kind === "prim") {
    if (t.name === "cbool") return error(ctx, e, MESSAGES.cboolOperand(op === "USub" ? "negate" : "invert"));
    if (t.name === "double" && op === "Invert") return error(ctx, e, MESSAGES.invertDouble());
    return t;
  }
  if (isClass(t, "int")) return cls("int", true);
  return DYNAMIC;
}

function boolop(ctx: Ctx, e: A.BoolOp, expected?: SType): SType {
  // `x is not None and x.f`: each operand sees what the ones before it proved.
  const saved = ctx.narrow;
  const types = e.values.map((v) => {
    const t = checkExpr(ctx, v, expected);
    const r = refine(ctx, v);
    ctx.narrow = withNarrowing(ctx.narrow, e.op._type === "And" ? r.yes : r.no);
    return t;
  });
  ctx.narrow = restoreAfterBoolOp(ctx, saved);
  forgetWalrusTargets(ctx, e);
  if (types.some((t) => t.kind === "error")) return ERROR;
  const prims = types.filter((t) => t.kind === "prim");
  if (prims.length === 0) return types.every((t) => sameType(t, types[0])) ? widen(types[0]) : DYNAMIC;
  if (prims.length === types.length && types.every((t) => sameType(t, types[0]))) return types[0];
  return error(ctx, e, `invalid union type Union[${types.map(typeName).join(", ")}]; unions cannot include primitive types`);
}

/** `a < b < c` is `a < b and b < c` with b evaluated once; each pair is typed on its own. */
function compare(ctx: Ctx, e: A.Compare): SType {
  let left = e.left;
  let result: SType = cls("bool", true);
  e.ops.forEach((op, k) => {
    const t = comparePair(ctx, e, op._type, left, e.comparators[k], k === 0);
    result = k === 0 || t.kind === "error" ? t : typeName(t) === typeName(result) ? t : DYNAMIC;
    left = e.comparators[k];
  });
  return result;
}

function comparePair(ctx: Ctx, e: A.Compare, op: string, left: A.Expr, right: A.Expr, first: boolean): SType {
  const leftLit = left._type === "Constant";
  let l: SType, r: SType;
  if (!first) {
    l = ctx.mod.types.get(left)!;
    r = checkExpr(ctx, right, l.kind === "prim" ? l : undefined);
  } else if (leftLit) {
    r = checkExpr(ctx, right);
    l = checkExpr(ctx, left, compareContext(r, left));
  } else {
    l = checkExpr(ctx, left);
    r = checkExpr(ctx, right, compareContext(l, right));
  }
  if (l.kind === "error" || r.kind === "error") return ERROR;
  if (l.kind === "prim" || r.kind === "prim") {
    if (l.kind !== "prim" || r.kind !== "prim" || op === "In" || op === "NotIn" || op === "Is" || op === "IsNot" || !comparable(l.name, r.name)) {
      return error(ctx, e, MESSAGES.compare(typeName(l), typeName(r)));
    }
    return prim("cbool");
  }
  if (op === "Is" || op === "IsNot" || op === "In" || op === "NotIn") return cls("bool", true);
  const known = (t: SType) => isClass(t, "int") || isClass(t, "str") || isClass(t, "bool");
  return known(l) && known(r) ? cls("bool", true) : DYNAMIC;
}

/** The type a literal compared with a value of type `other` takes: an int literal becomes an
 *  integer primitive, but is not a double (`can't compare double to Literal[3]`). */
function compareContext(other: SType, literal: A.Expr): SType | undefined {
  if (other.kind !== "prim") return undefined;
  const intLiteral = (literal._type === "Constant" && literal.value.kind === "int") ||
    (literal._type === "UnaryOp" && negativeIntLiteral(literal) !== undefined);
  return isPrim(other, "double") && intLiteral ? undefined : other;
}

/** Primitives compare with their own kind; integers of mixed signedness at the promoted width. */
function comparable(a: string, b: string): boolean {
  if (isIntPrimName(a) && isIntPrimName(b)) return promote(a, b) !== undefined;
  return a === b;
}

function ifexp(ctx: Ctx, e: A.IfExp, expected?: SType): SType {
  checkExpr(ctx, e.test);
  const r = refine(ctx, e.test);
  const saved = ctx.narrow;
  ctx.narrow = withNarrowing(saved, r.yes);
  const a = checkExpr(ctx, e.body, expected);
  ctx.narrow = withNarrowing(saved, r.no);
  const b = checkExpr(ctx, e.orelse, expected);
  ctx.narrow = saved;
  forgetWalrusTargets(ctx, [e.body, e.orelse]);
  if (a.kind === "error" || b.kind === "error") return ERROR;
  if (a.kind === "prim" || b.kind === "prim") {
    if (sameType(a, b)) return a;
    return error(ctx, e, `invalid union type Union[${typeName(a)}, ${typeName(b)}]; unions cannot include primitive types`);
  }
  return sameType(a, b) ? widen(a) : DYNAMIC;
}

/** Names a comprehension target binds (`x`, `(k, v)`), or undefined if it is not one of those. */
export function compTargetNames(t: A.Expr): string[] | undefined {
  if (t._type === "Name") return [t.id];
  if (t._type !== "Tuple" && t._type !== "List") return undefined;
  const names = t.elts.map(compTargetNames);
  return names.every((n) => n) ? names.flat() as string[] : undefined;
}

/** List, set and dict comprehensions are compiled inline as loops; their targets live in a
 *  scope of their own (the first iterable is evaluated outside it, as in Python). */
function comprehension(ctx: Ctx, e: A.ListComp | A.SetComp | A.DictComp): SType {
  const gens = e.generators;
  if (gens.some((g) => g.is_async)) return unsupported(ctx, e, "async comprehension");
  const targets = gens.map((g) => compTargetNames(g.target));
  if (targets.some((t) => !t)) return unsupported(ctx, e, "this comprehension target");
  const walrusIter = gens.find((g) => walrusTargets(g.iter).size);
  if (walrusIter) return error(ctx, walrusIter.iter, "assignment expression cannot be used in a comprehension iterable expression");
  const first = objectOperand(ctx, gens[0].iter);
  // A walrus in the loop binds in the enclosing scope, zero or more times.
  forgetWalrusTargets(ctx, e);
  const scope = new Map<string, SType>();
  ctx.compScopes.push(scope);
  gens.forEach((g, k) => {
    // A name target takes the item type as a `for` loop's does (iterItem); the elements of
    // an unpacked target are dynamic.
    const item = iterItem(k > 0 ? objectOperand(ctx, g.iter) : first);
    if (g.target._type === "Name") scope.set(g.target.id, item);
    else targets[k]!.forEach((n) => scope.set(n, DYNAMIC));
    recordTargets(ctx, g.target, g.target._type === "Name" ? item : DYNAMIC);
    g.ifs.forEach((c) => checkExpr(ctx, c));
  });
  if (e._type === "DictComp") {
    elementOperand(ctx, e.key, "dictionary comprehension key cannot be a primitive");
    elementOperand(ctx, e.value, "dictionary comprehension value cannot be a primitive");
  } else elementOperand(ctx, e.elt, "generator element cannot be a primitive");
  ctx.compScopes.pop();
  forgetWalrusTargets(ctx, e);
  return cls(e._type === "ListComp" ? "list" : e._type === "SetComp" ? "set" : "dict", true);
}

function recordTargets(ctx: Ctx, t: A.Expr, type: SType): void {
  ctx.mod.types.set(t, type);
  if (t._type === "Tuple" || t._type === "List") t.elts.forEach((x) => recordTargets(ctx, x, DYNAMIC));
}

/** A comprehension's element, key or value: an object (Cinder's message for a primitive). */
function elementOperand(ctx: Ctx, e: A.Expr, message: string): void {
  if (checkExpr(ctx, e).kind === "prim") error(ctx, e, message);
}

function fstringPart(ctx: Ctx, part: A.Expr): void {
  if (part._type !== "FormattedValue") return void checkExpr(ctx, part);
  const t = checkExpr(ctx, part.value);
  if (t.kind === "prim") error(ctx, part.value, "cannot use primitive in formatted value");
  if (part.format_spec) checkExpr(ctx, part.format_spec);
}

function sameType(a: SType, b: SType): boolean {
  return typeName(widen(a)) === typeName(widen(b));
}

/** Python's builtins (3.11), so a static module can tell an unknown name from a builtin. */
export const BUILTIN_NAMES = new Set([
  "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
  "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
  "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
  "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
  "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
  "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
  "__import__", "__build_class__", "__debug__", "Ellipsis", "NotImplemented", "None", "True", "False",
  "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "EOFError",
  "FloatingPointError", "GeneratorExit", "ImportError", "ModuleNotFoundError", "IndexError", "KeyError",
  "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
  "OverflowError", "RecursionError", "ReferenceError", "RuntimeError", "StopIteration", "StopAsyncIteration",
  "SyntaxError", "SystemError", "SystemExit", "TypeError", "UnboundLocalError", "UnicodeError", "ValueError",
  "ZeroDivisionError", "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning", "exit", "quit",
]);
