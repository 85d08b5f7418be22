// HIR construction for expressions: each expression becomes a Value of the representation
// its checked type asks for. Primitives compile to primitive ops; everything else calls
// libpython (PyNumber_*, PyObject_RichCompare, vectorcall) through CallC.
//
//   n - 1        (n: int64)   v3:int64 = IntBinary v0 v2 {kind=sub}
//   a + b        (dynamic)    v5:object+ = CallC v3 v4 {cfunc=PyNumber_Add}

import type * as A from "../../parse/ast.js";
import { type FieldInfo, type SType, checkedClass, isMortal, isPrim, repr } from "../../check/types.js";
import { intPrimOf, promote } from "../../check/prims.js";
import { InternalError } from "../../diagnostics.js";
import { RICHCMP } from "../../runtime.js";
import type { Value } from "../hir.js";
import type { Repr } from "../ops.js";
import type { FnBuilder } from "./builder.js";
import { negativeIntLiteral } from "../../check/expr.js";
import { buildCall, invoke } from "./call.js";
import { buildComprehension } from "./comprehension.js";
import { checkedDisplay, genericType, getItem, setItem } from "./containers.js";
import { checkedResult, defaultedField } from "./class.js";

/** How a function's names resolve while building it. */
export interface NameEnv {
  isLocal(name: string): boolean;
}

const NUMBER_OPS: Record<string, string> = {
  Add: "Add", Sub: "Subtract", Mult: "Multiply", Div: "TrueDivide", FloorDiv: "FloorDivide", Mod: "Remainder",
  LShift: "Lshift", RShift: "Rshift", BitOr: "Or", BitXor: "Xor", BitAnd: "And", Pow: "Power", MatMult: "MatrixMultiply",
};
const INT_KINDS: Record<string, string> = {
  Add: "add", Sub: "sub", Mult: "mul", BitAnd: "and", BitOr: "or", BitXor: "xor", LShift: "lshift", RShift: "rshift",
};
const DOUBLE_KINDS: Record<string, string> = { Add: "add", Sub: "sub", Mult: "mul", Div: "div", Pow: "pow" };
const CONDS: Record<string, string> = { Lt: "lt", LtE: "le", Gt: "gt", GtE: "ge", Eq: "eq", NotEq: "ne" };
const UNSIGNED_CONDS: Record<string, string> = { Lt: "ult", LtE: "ule", Gt: "ugt", GtE: "uge", Eq: "eq", NotEq: "ne" };

export class ExprBuilder {
  /** Comprehension scopes being built, innermost last: source name -> SSA variable name. */
  readonly compScopes: Map<string, string>[] = [];
  /** Set while building a class body: its namespace dict. */
  classNs?: Value;
  /** How deep in @inline substitutions the expression being built is (see call.ts). */
  inlineDepth = 0;
  inlineCount = 0;

  constructor(readonly b: FnBuilder, readonly env: NameEnv) {}

  typeOf(e: A.Expr): SType {
    const t = this.b.mod.types.get(e);
    if (!t) throw new InternalError("hir-build", `no type recorded for ${e._type} at line ${e.lineno}`);
    return t;
  }

  /** Build `e` as a value of its checked type's representation. */
  expr(e: A.Expr): Value {
    const v = this.build(e);
    // A name's type may be narrowed here while its value is the variable's (None elsewhere):
    // variables are marked where they are assigned.
    // So may a narrowed field's (refine-fields.ts): it reads the value its test loaded.
    if (e._type !== "Name" && !this.b.mod.fieldRefinements.get(e as A.Attribute)?.use &&
        v.repr === "object" && v.ref !== "immortal" && isMortal(this.typeOf(e))) v.mortal = true;
    return v;
  }

  private build(e: A.Expr): Value {
    this.b.line = e.lineno;
    switch (e._type) {
      case "Constant": return this.constant(e);
      case "Name": {
        const folded = this.b.mod.finalConsts.get(e.id);
        if (folded && !this.compName(e.id) && !this.env.isLocal(e.id) && !this.classNs) {
          const negate = folded._type === "UnaryOp";
          return this.constantOf(((negate ? (folded as A.UnaryOp).operand : folded) as A.Constant).value, this.typeOf(e), negate);
        }
        const t = this.typeOf(e);
        if (t.kind === "genericclass" && !this.compName(e.id) && !this.env.isLocal(e.id) && !this.classNs) return genericType(this.b, t.gen);
        return this.name(e.id);
      }
      case "BinOp": return this.binop(e);
      case "UnaryOp": return this.unaryop(e);
      case "BoolOp": return this.boolop(e);
      case "Compare": return this.compareValue(e);
      case "Call": return buildCall(this, e);
      case "Attribute": {
        // A narrowed field is the value its test loaded (or its store stored), not reloaded.
        const refined = this.b.mod.fieldRefinements.get(e);
        if (refined?.use) return this.b.readAs(fieldVariable(refined.key), "object");
        const obj = this.expr(e.value);
        this.b.line = e.lineno;
        const field = this.b.mod.fields.get(e);
        if (field && refined) return this.keepField(refined.key, this.loadField(obj, field));
        if (field) return this.loadField(obj, field);
        const getter = this.b.mod.propertyReads.get(e);
        if (getter) return invoke(this, getter, [obj]);
        const v = this.b.callC("PyObject_GetAttr", [obj, this.b.constObj(this.b.consts.str(e.attr))])!;
        const classAttr = this.b.mod.classAttrs.get(e);
        return classAttr ? checkedResult(this.b, v, classAttr) : v;
      }
      case "Subscript": {
        const t = this.typeOf(e);
        if (t.kind === "genericclass") return genericType(this.b, t.gen);
        const obj = this.expr(e.value);
        const key = this.expr(e.slice);
        this.b.line = e.lineno;
        return this.getItem(e, obj, key);
      }
      case "Slice": {
        const b = this.b;
        const part = (x: A.Expr | null) => (x ? this.expr(x) : b.value("Singleton", [], { name: "None" }));
        const [lower, upper, step] = [part(e.lower), part(e.upper), part(e.step)];
        b.line = e.lineno;
        return b.callC("PySlice_New", [lower, upper, step])!;
      }
      case "List": case "Tuple": {
        const gen = this.b.mod.checkedDisplays.get(e);
        if (gen) return checkedDisplay(this, e as A.List, gen);
        const items = e.elts.map((x) => this.expr(x));
        this.b.line = e.lineno;
        return this.b.value(e._type === "List" ? "BuildList" : "BuildTuple", items);
      }
      case "Dict": {
        const gen = this.b.mod.checkedDisplays.get(e);
        if (gen) return checkedDisplay(this, e, gen);
        const b = this.b;
        const pairs = e.keys.map((k, n) => [this.expr(k!), this.expr(e.values[n])]);
        b.line = e.lineno;
        const d = b.callC("PyDict_New", [])!;
        for (const [k, v] of pairs) b.callC("PyDict_SetItem", [d, k, v]);
        return d;
      }
      case "IfExp": return this.ifexp(e);
      case "ListComp": case "SetComp": case "DictComp": {
        const gen = this.b.mod.checkedDisplays.get(e);
        const v = buildComprehension(this, e);
        return gen ? this.b.value("Vectorcall", [genericType(this.b, gen), v], { kwcount: 0 }) : v;
      }
      case "NamedExpr": {
        // `(y := e)`: e as y's declared type (a CAST if needed), stored, and the value itself.
        const target = e.target as A.Name;
        const v = this.coerced(e.value, this.typeOf(target));
        this.b.line = e.lineno;
        this.storeName(target.id, v);
        return v;
      }
      case "JoinedStr": return this.fstring(e);
      default:
        throw new InternalError("hir-build", `unexpected ${e._type} after type checking`);
    }
  }

  /** Build `e` and convert it to `target` (a CAST for dynamic values into checked types). */
  coerced(e: A.Expr, target: SType): Value {
    const v = this.expr(e);
    const t = this.typeOf(e);
    const check = checkedClass(target);
    if (t.kind === "dynamic" && check) this.b.emit("Cast", [v], { pytype: check });
    return v;
  }

  private constant(e: A.Constant, negate = false): Value {
    return this.constantOf(e.value, this.typeOf(e), negate);
  }

  /** A constant as a value of type `t` (a primitive immediate or an immortal object). */
  private constantOf(v: A.ConstantValue, t: SType, negate: boolean): Value {
    const b = this.b;
    const int = (x: bigint) => (negate ? -x : x);
    const float = (x: number) => (negate ? -x : x);
    if (t.kind === "prim") {
      if (t.name === "double") return b.value("DoubleConst", [], { double: v.kind === "int" ? Number(int(v.value)) : float((v as { value: number }).value) });
      if (t.name === "cbool") return b.value("CBoolConst", [], { int: v.kind === "bool" && v.value ? 1n : 0n });
      return b.value("Int64Const", [], { int: int((v as { value: bigint }).value) });
    }
    switch (v.kind) {
      case "int": return b.constObj(b.consts.int(int(v.value)));
      case "float": return b.constObj(b.consts.float(float(v.value)));
      case "str": return b.constObj(b.consts.str(v.value, v.codePoints));
      case "bool": return b.value("Singleton", [], { name: v.value ? "True" : "False" });
      case "None": return b.value("Singleton", [], { name: "None" });
      default: throw new InternalError("hir-build", `constant ${v.kind}`);
    }
  }

  getItem(e: A.Subscript, obj: Value, key: Value): Value {
    return getItem(this.b, e, obj, key);
  }

  setItem(e: A.Subscript, obj: Value, key: Value, v: Value, vt: SType): void {
    setItem(this.b, e, obj, key, v, vt);
  }

  /** A typed field of a static class instance: one load (objects: a test for unset). */
  loadField(obj: Value, f: FieldInfo): Value {
    const r = repr(f.type);
    const attrs = { offset: f.offset, kind: fieldKind(f), name: f.name, ...defaultedField(f) };
    return this.b.value("LoadField", [obj], attrs, r, r === "object" ? "owned" : undefined);
  }

  /** Keep the value just loaded from or stored to a narrowable field for its narrowed reads. */
  keepField(key: string, v: Value): Value {
    this.b.writeTemp(fieldVariable(key), v);
    return v;
  }

  name(id: string): Value {
    const b = this.b;
    const comp = this.compName(id);
    if (comp) return b.read(comp);
    if (this.classNs) {
      // A class body reads its namespace first, then globals and builtins (LOAD_NAME).
      return b.callC("CSR_Class_LoadName", [this.classNs, b.value("LoadGlobals", []), b.constObj(b.consts.str(id))])!;
    }
    if (this.env.isLocal(id)) {
      const v = b.read(id);
      if (v.repr === "object" || v.repr === "nullable") b.emit("CheckBound", [v], { name: id });
      return v;
    }
    const v = b.value("LoadGlobal", [], { index: b.consts.str(id), name: id });
    // A global typed as a static class or checked container may have been rebound from
    // outside (another module, exec): check it before code relies on its layout.
    const declared = b.mod.globals.get(id);
    const check = declared && checkedClass(declared);
    if (check?.desc || check?.generic) b.emit("Cast", [v], { pytype: check });
    return v;
  }

  /** Bind `name` (a local, or a global in the module body / after `global`). */
  storeName(name: string, v: Value): void {
    if (this.env.isLocal(name)) this.b.write(name, v);
    else this.b.emit("StoreGlobal", [v], { index: this.b.consts.str(name), name });
  }

  /** The SSA variable of a comprehension target visible here, if `id` is one. */
  compName(id: string): string | undefined {
    for (let k = this.compScopes.length - 1; k >= 0; k--) {
      const v = this.compScopes[k].get(id);
      if (v) return v;
    }
    return undefined;
  }

  private binop(e: A.BinOp): Value {
    const l = this.expr(e.left);
    const r = this.expr(e.right);
    this.b.line = e.lineno;
    const lt = this.typeOf(e.left);
    // An integer operation runs at its result's width (the checker may have widened it to
    // the assignment target's); `**` converts both operands at their promoted width.
    const li = intPrimOf(lt);
    const ri = intPrimOf(this.typeOf(e.right));
    const width = e.op._type === "Pow" && li && ri ? promote(li, ri) : intPrimOf(this.typeOf(e));
    return this.arith(e.op._type, l, lt, r, false, width);
  }

  /** `l OP r` for operands already built; `inplace` picks PyNumber_InPlace* for objects.
   *  Integer primitives work at `width` (default: the left operand's type). */
  arith(op: string, l: Value, lt: SType, r: Value, inplace: boolean, width = intPrimOf(lt)): Value {
    const b = this.b;
    if (width) {
      const prim = width === "int64" ? undefined : width;
      if (op === "Pow") {
        return b.value("DoubleBinary", [b.value("IntToDouble", [l], { prim }), b.value("IntToDouble", [r], { prim })], { kind: "pow" });
      }
      if (op === "Div" || op === "FloorDiv") return b.value("IntDivide", [l, r], { kind: "div", prim });
      if (op === "Mod") return b.value("IntDivide", [l, r], { kind: "mod", prim });
      return b.value("IntBinary", [l, r], { kind: INT_KINDS[op], prim });
    }
    if (isPrim(lt, "double")) return b.value("DoubleBinary", [l, r], { kind: DOUBLE_KINDS[op] });
    const fn = `PyNumber_${inplace ? "InPlace" : ""}${NUMBER_OPS[op]}`;
    if (op === "Pow") return b.callC(fn, [l, r, b.value("Singleton", [], { name: "None" })])!;
    if (op === "MatMult") throw new InternalError("hir-build", "matrix multiply reached HIR");
    return b.callC(fn, [l, r])!;
  }

  private unaryop(e: A.UnaryOp): Value {
    const b = this.b;
    const op = e.op._type;
    if (negativeIntLiteral(e) !== undefined) return this.constant(e.operand as A.Constant, true);
    if (op === "Not") {
      const c = this.cond(e.operand);
      const n = b.value("CBoolNot", [c]);
      return this.typeOf(e).kind === "prim" ? n : b.value("BoolFromCBool", [n]);
    }
    const v = this.expr(e.operand);
    const t = this.typeOf(e.operand);
    b.line = e.lineno;
    const width = intPrimOf(t);
    if (width) return op === "UAdd" ? v : b.value("IntUnary", [v], { kind: op === "USub" ? "neg" : "invert", prim: width === "int64" ? undefined : width });
    if (isPrim(t, "double")) return op === "UAdd" ? v : b.value("DoubleNeg", [v]);
    const fn = op === "USub" ? "PyNumber_Negative" : op === "UAdd" ? "PyNumber_Positive" : "PyNumber_Invert";
    return b.callC(fn, [v])!;
  }

  /** `a or b` / `a and b` as a value: the deciding operand, merged in a join block. */
  private boolop(e: A.BoolOp): Value {
    const b = this.b;
    const r: Repr = repr(this.typeOf(e));
    const join = b.newBlock();
    const joinName = `$boolop${e.lineno}_${e.col_offset}`;
    for (let i = 0; i < e.values.length; i++) {
      const v = this.expr(e.values[i]);
      if (i === e.values.length - 1) {
        b.write(joinName, v);
        b.jump(join);
        break;
      }
      const truth = this.truth(v, this.typeOf(e.values[i]));
      const done = b.newBlock();
      const next = b.newBlock();
      if (e.op._type === "Or") b.branch(truth, done, next);
      else b.branch(truth, next, done);
      b.seal(done);
      b.seal(next);
      b.enter(done);
      b.write(joinName, v);
      b.jump(join);
      b.enter(next);
    }
    b.seal(join);
    b.enter(join);
    return b.readAs(joinName, r);
  }

  /** `a if c else b`: the chosen value, merged in a join block. */
  private ifexp(e: A.IfExp): Value {
    const b = this.b;
    const name = `$ifexp${e.lineno}_${e.col_offset}`;
    const c = this.cond(e.test);
    const yes = b.newBlock();
    const no = b.newBlock();
    const join = b.newBlock();
    b.branch(c, yes, no);
    b.seal(yes);
    b.seal(no);
    for (const [blk, arm] of [[yes, e.body], [no, e.orelse]] as const) {
      b.enter(blk);
      b.write(name, this.expr(arm));
      b.jump(join);
    }
    b.seal(join);
    b.enter(join);
    return b.readAs(name, repr(this.typeOf(e)));
  }

  /** f"...": each field formatted (conversion, then format(value, spec)), then joined. */
  private fstring(e: A.JoinedStr): Value {
    const b = this.b;
    const parts = e.values.map((p) => {
      if (p._type !== "FormattedValue") return this.expr(p);
      let v = this.expr(p.value);
      b.line = p.lineno;
      const conv = { 115: "PyObject_Str", 114: "PyObject_Repr", 97: "PyObject_ASCII" }[p.conversion];
      if (conv) v = b.callC(conv, [v])!;
      const spec = p.format_spec ? this.expr(p.format_spec) : b.constObj(b.consts.str(""));
      b.line = p.lineno;
      return b.callC("PyObject_Format", [v, spec])!;
    });
    if (parts.length === 1 && e.values[0]._type === "FormattedValue") return parts[0];
    b.line = e.lineno;
    const list = b.value("BuildList", parts);
    return b.callC("PyUnicode_Join", [b.constObj(b.consts.str("")), list])!;
  }

  /** A cbool for a value of static type `t`: primitives test non-zero, objects PyObject_IsTrue. */
  truth(v: Value, t: SType): Value {
    const b = this.b;
    if (t.kind === "prim") {
      if (t.name === "cbool") return v;
      if (t.name !== "double") return b.value("IntCompare", [v, b.value("Int64Const", [], { int: 0n })], { cond: "ne" });
      return b.value("DoubleCompare", [v, b.value("DoubleConst", [], { double: 0 })], { cond: "ne" });
    }
    if (v.repr === "object" && t.kind === "class" && t.name === "bool" && t.exact) {
      return b.value("IsSame", [v, b.value("Singleton", [], { name: "True" })]);
    }
    return b.value("IsTrue", [v]);
  }

  /** Build a condition as a cbool. */
  cond(e: A.Expr): Value {
    if (e._type === "Compare") return this.compareChain(e);
    return this.truth(this.expr(e), this.typeOf(e));
  }

  /** `a < b < c` as a cbool: stops at the first false comparison (b is evaluated once). */
  private compareChain(e: A.Compare): Value {
    const b = this.b;
    let left = this.expr(e.left);
    if (e.ops.length === 1) return this.comparePair(e, e.ops[0]._type, left, e.left, e.comparators[0]);
    const name = `$cmp${e.lineno}_${e.col_offset}`;
    const join = b.newBlock();
    e.ops.forEach((op, k) => {
      const right = e.comparators[k];
      const rv = this.expr(right);
      const c = this.comparePair(e, op._type, left, k === 0 ? e.left : e.comparators[k - 1], right, rv);
      b.write(name, c);
      if (k === e.ops.length - 1) return b.jump(join);
      const more = b.newBlock();
      const stop = b.newBlock();
      b.branch(c, more, stop);
      b.seal(more);
      b.seal(stop);
      b.enter(stop);
      b.jump(join);
      b.enter(more);
      left = rv;
    });
    b.seal(join);
    b.enter(join);
    return b.readAs(name, "cbool");
  }

  /** One comparison as a cbool; `rv` is the right operand if already built. */
  private comparePair(e: A.Compare, op: string, l: Value, leftExpr: A.Expr, right: A.Expr, rv?: Value): Value {
    const b = this.b;
    const r = rv ?? this.expr(right);
    b.line = e.lineno;
    const lt = this.typeOf(leftExpr);
    const li = intPrimOf(lt);
    const ri = intPrimOf(this.typeOf(right));
    if (li && ri) {
      // Both operands are exact in 64 bits; only a uint64 comparison needs unsigned conditions.
      return b.value("IntCompare", [l, r], { cond: promote(li, ri) === "uint64" ? UNSIGNED_CONDS[op] : CONDS[op] });
    }
    if (isPrim(lt, "cbool")) return b.value("IntCompare", [l, r], { cond: CONDS[op] });
    if (isPrim(lt, "double")) return b.value("DoubleCompare", [l, r], { cond: CONDS[op] });
    if (op === "Is") return b.value("IsSame", [l, r]);
    if (op === "IsNot") return b.value("CBoolNot", [b.value("IsSame", [l, r])]);
    if (op === "In" || op === "NotIn") {
      const c = b.value("IntCompare", [b.callC("PySequence_Contains", [r, l])!, b.value("Int64Const", [], { int: 0n })], { cond: "ne" });
      return op === "In" ? c : b.value("CBoolNot", [c]);
    }
    const res = b.callC("PyObject_RichCompare", [l, r, b.value("Int64Const", [], { int: BigInt(RICHCMP[op as keyof typeof RICHCMP]) })])!;
    return b.value("IsTrue", [res]);
  }

  /** A comparison as a value. Primitive chains give a cbool; object comparisons give what
   *  Python gives: each link's result object, stopping at the first false one. */
  private compareValue(e: A.Compare): Value {
    const b = this.b;
    if (this.typeOf(e).kind === "prim") return this.compareChain(e);
    let left = this.expr(e.left);
    if (e.ops.length === 1) return this.linkValue(e, e.ops[0]._type, left, e.left, this.expr(e.comparators[0]));
    const name = `$cmpv${e.lineno}_${e.col_offset}`;
    const join = b.newBlock();
    e.ops.forEach((op, k) => {
      const rv = this.expr(e.comparators[k]);
      const v = this.linkValue(e, op._type, left, k === 0 ? e.left : e.comparators[k - 1], rv);
      b.write(name, v);
      if (k === e.ops.length - 1) return b.jump(join);
      const more = b.newBlock();
      const stop = b.newBlock();
      b.branch(b.value("IsTrue", [v]), more, stop);
      b.seal(more);
      b.seal(stop);
      b.enter(stop);
      b.jump(join);
      b.enter(more);
      left = rv;
    });
    b.seal(join);
    b.enter(join);
    return b.readAs(name, "object");
  }

  /** One link of an object comparison as an object: RichCompare's result, or a bool. */
  private linkValue(e: A.Compare, op: string, l: Value, leftExpr: A.Expr, r: Value): Value {
    const b = this.b;
    if (op === "Is" || op === "IsNot" || op === "In" || op === "NotIn") {
      return b.value("BoolFromCBool", [this.comparePair(e, op, l, leftExpr, e.comparators[0], r)]);
    }
    b.line = e.lineno;
    return b.callC("PyObject_RichCompare", [l, r, b.value("Int64Const", [], { int: BigInt(RICHCMP[op as keyof typeof RICHCMP]) })])!;
  }
}

/** The hidden variable of a narrowable field `o.x`. */
const fieldVariable = (key: string): string => `$field.${key}`;

/** A field's storage kind: its primitive type's name, or "object". */
export function fieldKind(f: FieldInfo): string {
  return f.type.kind === "prim" ? f.type.name : "object";
}
