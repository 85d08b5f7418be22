// HIR construction for statements: assignments to locals (SSA), globals and items, control
// flow (if/while/for with break, continue and else), return, imports, and the module-level
// `def` that creates a function object.
//
//   while i < n:            b1(v4, v5): ... Branch v6 b2 b3
//       i += 1              b2: ... Jump b1(v7, v5)
//   total = i               b3: Jump b4 ...

import type * as A from "../../parse/ast.js";
import { DYNAMIC, type IntPrimName, type SType, checkedClass, isPrim, repr } from "../../check/types.js";
import { INT_PRIMS } from "../../check/prims.js";
import { InternalError } from "../../diagnostics.js";
import type { Block, Value } from "../hir.js";
import type { FnBuilder } from "./builder.js";
import { type ExprBuilder, fieldKind } from "./expr.js";
import { nativeSig } from "./class.js";
import { isPrimArray, iterItem } from "../../check/generics.js";
import { LAYOUT } from "../../runtime.js";

interface Loop {
  continueTo: Block;
  breakTo: Block;
}

export interface StmtHooks {
  /** Build the function object for a module-level def and return it. */
  defineFunction(s: A.FunctionDef): Value;
  /** Build the class object for a module-level class statement and return it. */
  defineClass(s: A.ClassDef): Value;
  /** Declared return type of the function being built (module body: dynamic). */
  ret: SType;
  /** Declared type of a local or global being assigned. */
  declared(name: string): SType;
}

export class StmtBuilder {
  private readonly loops: Loop[] = [];

  constructor(readonly b: FnBuilder, readonly x: ExprBuilder, readonly hooks: StmtHooks) {}

  body(stmts: A.Stmt[]): void {
    for (const s of stmts) {
      if (!this.b.cur) return; // the rest is unreachable
      this.stmt(s);
    }
  }

  private stmt(s: A.Stmt): void {
    const b = this.b;
    b.line = s.lineno;
    switch (s._type) {
      case "Expr": this.x.expr(s.value); return;
      case "Assign":
        if (s.targets.length === 1) this.assign(s.targets[0], s.value);
        else {
          // `a = b = v`: evaluate v once, assign left to right.
          const v = this.x.expr(s.value);
          for (const t of s.targets) this.storeValue(t, v, this.x.typeOf(s.value));
        }
        return;
      case "Raise": {
        const exc = s.exc ? this.x.expr(s.exc) : b.value("Null", []);
        const cause = s.cause ? this.x.expr(s.cause) : b.value("Null", []);
        b.line = s.lineno;
        b.callC("CSR_Raise", [exc, cause]);
        return;
      }
      case "Assert": return this.assertStmt(s);
      case "Delete":
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case "AnnAssign": if (s.value) this.assign(s.target, s.value); return;
      case "AugAssign": this.augassign(s); return;
      case "If": this.ifStmt(s); return;
      case "While": this.whileStmt(s); return;
      case "For": this.forStmt(s); return;
      case "Break": case "Continue": {
        const loop = this.loops[this.loops.length - 1];
        if (!loop) throw new InternalError("hir-build", `'${s._type}' outside loop at line ${s.lineno}`);
        b.jump(s._type === "Break" ? loop.breakTo : loop.continueTo);
        return;
      }
      case "Return": {
        const ret = this.hooks.ret;
        const v = s.value ? this.x.coerced(s.value, ret) : b.value("Singleton", [], { name: "None" });
        b.line = s.lineno;
        b.ret(v);
        return;
      }
      case "Pass": case "Global": return;
      case "Import": this.importStmt(s); return;
      case "ImportFrom": this.importFrom(s); return;
      case "FunctionDef": this.store(s.name, this.hooks.defineFunction(s)); return;
      case "ClassDef": this.store(s.name, this.hooks.defineClass(s)); return;
      default:
        throw new InternalError("hir-build", `unexpected ${s._type} statement after type checking`);
    }
  }

  /** Bind `name` (a local, or a global in the module body / after `global`). */
  store(name: string, v: Value): void {
    this.x.storeName(name, v);
  }

  private assign(target: A.Expr, value: A.Expr): void {
    const b = this.b;
    if (target._type === "Name") {
      this.store(target.id, this.x.coerced(value, this.hooks.declared(target.id)));
      return;
    }
    if (target._type === "Tuple" || target._type === "List") {
      if (value._type === "Tuple" && value.elts.length === target.elts.length && target.elts.every((t) => t._type === "Name")) {
        // Element by element: all values first, then the stores, as Python evaluates them.
        const values = value.elts.map((v, k) => this.x.coerced(v, this.hooks.declared((target.elts[k] as A.Name).id)));
        target.elts.forEach((t, k) => this.store((t as A.Name).id, values[k]));
        return;
      }
      this.unpack(target, this.x.expr(value));
      return;
    }
    if (target._type === "Subscript") {
      const v = this.x.expr(value);
      const obj = this.x.expr(target.value);
      const key = this.x.expr(target.slice);
      b.line = target.lineno;
      this.x.setItem(target, obj, key, v, this.x.typeOf(value));
      return;
    }
    if (target._type === "Attribute") {
      const want = b.mod.fields.get(target)?.type ?? b.mod.propertyStores.get(target)?.setter.params[1].type;
      const v = want ? this.x.coerced(value, want) : this.x.expr(value);
      this.storeAttribute(target, v, want);
      return;
    }
    throw new InternalError("hir-build", `assignment to ${target._type}`);
  }

  /** obj.attr = v: a field store for typed fields (v already of the field's type), a direct
   *  call of a final property's setter (v of its parameter's type, `typed`), else setattr. */
  private storeAttribute(target: A.Attribute, v: Value, typed?: SType): void {
    const b = this.b;
    const obj = this.x.expr(target.value);
    b.line = target.lineno;
    const field = b.mod.fields.get(target);
    const property = b.mod.propertyStores.get(target);
    if (field) b.emit("StoreField", [obj, v], { offset: field.offset, kind: fieldKind(field) });
    else if (property?.direct && typed) {
      const sig = nativeSig(property.setter);
      b.value("InvokeStatic", [obj, v], { callee: sig }, sig.ret, sig.ret === "object" ? "owned" : undefined);
    } else {
      const boxed = typed?.kind === "prim" ? b.box(v, typed) : v;
      b.callC("PyObject_SetAttr", [obj, b.constObj(b.consts.str(target.attr)), boxed]);
    }
    const refined = b.mod.fieldRefinements.get(target);
    if (field && refined) this.x.keepField(refined.key, v);
  }

  /** Store an already-built value (of static type `t`) into any target. */
  private storeValue(target: A.Expr, v: Value, t: SType): void {
    const b = this.b;
    switch (target._type) {
      case "Name": {
        const declared = this.hooks.declared(target.id);
        const check = checkedClass(declared);
        if (t.kind === "dynamic" && check) b.emit("Cast", [v], { pytype: check });
        this.store(target.id, v);
        return;
      }
      case "Tuple": case "List": return this.unpack(target, v);
      case "Subscript": {
        const obj = this.x.expr(target.value);
        const key = this.x.expr(target.slice);
        b.line = target.lineno;
        this.x.setItem(target, obj, key, v, t);
        return;
      }
      case "Attribute": {
        const field = b.mod.fields.get(target);
        const check = field && checkedClass(field.type);
        if (t.kind === "dynamic" && check) b.emit("Cast", [v], { pytype: check });
        this.storeAttribute(target, v);
        return;
      }
      default: throw new InternalError("hir-build", `assignment to ${target._type}`);
    }
  }

  /** `a, b = seq`: CPython's unpacking into new references, then a store per target. */
  private unpack(target: A.Tuple | A.List, seq: Value): void {
    const b = this.b;
    const n = target.elts.length;
    const cells = b.value("StackArray", [], { size: n });
    b.line = target.lineno;
    b.callC("CSR_Unpack", [seq, b.value("Int64Const", [], { int: BigInt(n) }), cells]);
    const items = target.elts.map((_, k) => b.value("TakeArrayItem", [cells], { index: k }));
    target.elts.forEach((t, k) => this.storeValue(t, items[k], DYNAMIC));
  }

  private assertStmt(s: A.Assert): void {
    const b = this.b;
    const [pass, fail] = this.split(s.test);
    const after = b.newBlock();
    b.enter(fail);
    const msg = s.msg ? this.x.expr(s.msg) : b.value("Null", []);
    b.line = s.lineno;
    b.callC("CSR_Raise_Assertion", [msg]);
    b.jump(after); // not reached: the call always raises
    b.enter(pass);
    b.jump(after);
    b.seal(after);
    b.enter(after);
  }

  private deleteTarget(t: A.Expr): void {
    const b = this.b;
    b.line = t.lineno;
    if (t._type === "Name") {
      if (this.x.env.isLocal(t.id)) {
        this.x.name(t.id); // UnboundLocalError if it is not bound
        b.write(t.id, b.value("Null", []));
      } else {
        b.callC("CSR_Global_Delete", [b.value("LoadGlobals", []), b.constObj(b.consts.str(t.id))]);
      }
      return;
    }
    if (t._type === "Subscript") {
      const obj = this.x.expr(t.value);
      const key = this.x.expr(t.slice);
      b.line = t.lineno;
      b.callC("PyObject_DelItem", [obj, b.box(key, this.x.typeOf(t.slice))]);
      return;
    }
    if (t._type === "Attribute") {
      const obj = this.x.expr(t.value);
      b.line = t.lineno;
      b.callC("PyObject_SetAttr", [obj, b.constObj(b.consts.str(t.attr)), b.value("Null", [])]);
      return;
    }
    throw new InternalError("hir-build", `del of ${t._type}`);
  }

  private augassign(s: A.AugAssign): void {
    const b = this.b;
    const t = s.target;
    const op = s.op._type;
    if (t._type === "Name") {
      const cur = this.x.name(t.id);
      const declared = this.x.typeOf(t);
      const r = this.x.expr(s.value);
      b.line = s.lineno;
      this.store(t.id, this.x.arith(op, cur, declared, r, true));
      return;
    }
    if (t._type === "Subscript") {
      const obj = this.x.expr(t.value);
      const key = this.x.expr(t.slice);
      b.line = s.lineno;
      const cur = this.x.getItem(t, obj, key);
      const r = this.x.expr(s.value);
      b.line = s.lineno;
      // An object result of an in-place operator may be of any type: checked as it is stored.
      const item = this.x.typeOf(t);
      this.x.setItem(t, obj, key, this.x.arith(op, cur, item, r, true), item.kind === "prim" ? item : DYNAMIC);
      return;
    }
    const field = t._type === "Attribute" ? b.mod.fields.get(t) : undefined;
    if (t._type === "Attribute" && field) {
      const obj = this.x.expr(t.value);
      b.line = s.lineno;
      const cur = this.x.loadField(obj, field);
      const r = this.x.expr(s.value);
      b.line = s.lineno;
      b.emit("StoreField", [obj, this.x.arith(op, cur, field.type, r, true)], { offset: field.offset, kind: fieldKind(field) });
      return;
    }
    if (t._type === "Attribute") {
      const obj = this.x.expr(t.value);
      const name = b.constObj(b.consts.str(t.attr));
      b.line = s.lineno;
      const cur = b.callC("PyObject_GetAttr", [obj, name])!;
      const r = this.x.expr(s.value);
      b.line = s.lineno;
      b.callC("PyObject_SetAttr", [obj, name, this.x.arith(op, cur, DYNAMIC, r, true)]);
      return;
    }
    throw new InternalError("hir-build", `augmented assignment to ${t._type}`);
  }

  /** Branch on `test` into two fresh, sealed blocks. */
  private split(test: A.Expr): [Block, Block] {
    const b = this.b;
    const c = this.x.cond(test);
    const yes = b.newBlock();
    const no = b.newBlock();
    b.branch(c, yes, no);
    b.seal(yes);
    b.seal(no);
    return [yes, no];
  }

  private ifStmt(s: A.If): void {
    const b = this.b;
    const [yes, no] = this.split(s.test);
    const join = b.newBlock();
    b.enter(yes);
    this.body(s.body);
    b.jump(join);
    b.enter(no);
    this.body(s.orelse);
    b.jump(join);
    b.seal(join);
    b.enter(join);
    if (join.preds.length === 0) b.cur = null;
  }

  private whileStmt(s: A.While): void {
    this.loop(s.lineno, () => this.split(s.test), () => this.body(s.body), s.orelse);
  }

  private forStmt(s: A.For): void {
    if (this.b.mod.cranges.has(s)) return this.crangeFor(s);
    const b = this.b;
    const iterable = this.x.expr(s.iter);
    b.line = s.lineno;
    const seq = this.x.typeOf(s.iter);
    const elem = iterItem(seq);
    if (seq.kind === "generic" && isPrimArray(seq.gen.def) && s.target._type === "Name" && isPrim(this.x.typeOf(s.target))) {
      return this.primArrayFor(s, iterable, seq.gen.def, elem as SType & { kind: "prim" });
    }
    const it = b.callC("PyObject_GetIter", [iterable])!;
    // An Array's items are unboxed into a primitive target; a module-level one takes them boxed.
    const boxed = elem.kind === "prim" && !(s.target._type === "Name" && isPrim(this.x.typeOf(s.target)));
    const itemType = boxed ? DYNAMIC : elem;
    let item!: Value;
    this.loop(s.lineno, () => {
      const next = b.iterNext(it);
      item = next.item;
      return [next.body, next.exit];
    }, () => {
      // An Array's iterator yields exact ints, floats or bools: Unbox needs no check.
      this.storeValue(s.target, itemType.kind === "prim" ? b.unbox(item, itemType) : item, itemType);
      this.body(s.body);
    }, s.orelse);
  }

  /** `for x in a` over an Array or Vector into a primitive: an indexed loop (Cinder's
   *  SEQUENCE_GET loop) that reads the length before each item, as array's iterator does, so
   *  a Vector appended to or shrunk in the body is followed the same way. */
  private primArrayFor(s: A.For, seq: Value, def: "Array" | "Vector", elem: SType & { kind: "prim" }): void {
    const b = this.b;
    const length = () => b.value("LoadField", [seq], { offset: LAYOUT.varSize, kind: "int64", name: "ob_size" }, "int64");
    this.countedLoop(s, b.value("Int64Const", [], { int: 0n }), "int64", (i) => b.value("IntCompare", [i, length()], { cond: "lt" }), (i) => {
      const item = b.value(def === "Vector" ? "VectorGetItem" : "ArrayGetItem", [seq, i], { kind: elem.name }, repr(elem));
      this.storeValue(s.target, item, elem);
    });
  }

  /** `for i in crange(start, stop)`: the counter compared with `stop` at the loop head. */
  private crangeFor(s: A.For): void {
    const b = this.b;
    const call = s.iter as A.Call;
    const counter = this.x.typeOf(call) as SType & { kind: "prim"; name: IntPrimName };
    const bounds = call.args.map((a) => this.x.expr(a));
    const [start, stop] = bounds.length === 2 ? bounds : [b.value("Int64Const", [], { int: 0n }), bounds[0]];
    const cond = INT_PRIMS[counter.name].signed ? "lt" : "ult";
    this.countedLoop(s, start, counter.name, (i) => b.value("IntCompare", [i, stop], { cond }), (i) => this.store((s.target as A.Name).id, i));
  }

  /** A `for` loop on a hidden counter of type `prim` from `start`: `test(i)` decides each
   *  round at the loop head; the counter is stepped before the body runs (so `continue`
   *  needs nothing) and `bind(i)` sets the target. */
  private countedLoop(s: A.For, start: Value, prim: IntPrimName, test: (i: Value) => Value, bind: (i: Value) => void): void {
    const b = this.b;
    const hidden = `.for${s.lineno}.${s.col_offset}`;
    b.writeTemp(hidden, start);
    this.loop(s.lineno, () => {
      const i = b.read(hidden);
      const go = test(i);
      const [body, exit] = [b.newBlock(), b.newBlock()];
      b.branch(go, body, exit);
      b.seal(body);
      b.seal(exit);
      b.enter(body);
      b.writeTemp(hidden, b.value("IntBinary", [i, b.value("Int64Const", [], { int: 1n })], { kind: "add", prim }));
      bind(i);
      return [body, exit];
    }, () => this.body(s.body), s.orelse);
  }

  /** The loop shape of while and for: `head` runs at the loop head and returns the
   *  [body, exit] blocks it branches to; break leaves to after the else clause, continue
   *  goes back to the head. */
  private loop(line: number, head: () => [Block, Block], inBody: () => void, orelse: A.Stmt[]): void {
    const b = this.b;
    const top = b.newBlock();
    const after = b.newBlock();
    b.jump(top);
    b.enter(top);
    b.line = line;
    const [body, exit] = head();
    this.loops.push({ continueTo: top, breakTo: after });
    b.enter(body);
    inBody();
    b.line = line;
    b.jump(top);
    this.loops.pop();
    b.seal(top);
    b.enter(exit);
    this.body(orelse);
    b.jump(after);
    b.seal(after);
    b.enter(after);
    if (after.preds.length === 0) b.cur = null;
  }

  private importStmt(s: A.Import): void {
    const b = this.b;
    for (const a of s.names) {
      b.line = s.lineno;
      const m = b.callC("CSR_Import_Name", [
        this.globalsDict(), b.constObj(b.consts.str(a.name)), b.value("Singleton", [], { name: "None" }),
        b.value("Int64Const", [], { int: 0n }),
      ])!;
      if (a.asname) this.store(a.asname, m);
      else this.store(a.name.split(".")[0], m);
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const b = this.b;
    const fromlist = b.consts.tuple(s.names.map((a) => b.consts.str(a.name)));
    const m = b.callC("CSR_Import_Name", [
      this.globalsDict(), b.constObj(b.consts.str(s.module ?? "")), b.constObj(fromlist),
      b.value("Int64Const", [], { int: BigInt(s.level ?? 0) }),
    ])!;
    for (const a of s.names) {
      b.line = s.lineno;
      const v = b.callC("CSR_Import_From", [m, b.constObj(b.consts.str(a.name))])!;
      this.store(a.asname ?? a.name, v);
    }
  }

  private globalsDict(): Value {
    return this.b.value("LoadGlobals", []);
  }
}

