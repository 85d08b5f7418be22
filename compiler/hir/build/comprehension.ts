// List, set and dict comprehensions, compiled inline as nested loops in the enclosing
// function (what CPython 3.12 does; 3.11 makes a function per comprehension, which only
// shows in tracebacks). The targets are SSA variables of their own, so they neither see nor
// clobber the enclosing function's names; the first iterable is evaluated outside, as in
// Python.
//
//   [x * 2 for x in xs if x]     r = PyList_New(0); it = iter(xs)
//                                loop: x' = next(it) or exit; if not x': continue
//                                      PyList_Append(r, x' * 2)

import type * as A from "../../parse/ast.js";
import { compTargetNames } from "../../check/expr.js";
import type { Value } from "../hir.js";
import type { ExprBuilder } from "./expr.js";

export function buildComprehension(x: ExprBuilder, e: A.ListComp | A.SetComp | A.DictComp): Value {
  const b = x.b;
  const id = `${e.lineno}_${e.col_offset}`;
  const first = x.expr(e.generators[0].iter);
  b.line = e.lineno;
  const result =
    e._type === "ListComp" ? b.callC("PyList_New", [b.value("Int64Const", [], { int: 0n })])! :
    e._type === "SetComp" ? b.callC("PySet_New", [b.value("Null", [])])! :
    b.callC("PyDict_New", [])!;
  const scope = new Map<string, string>();
  x.compScopes.push(scope);

  const loop = (k: number, iterable: Value): void => {
    const g = e.generators[k];
    for (const n of compTargetNames(g.target)!) scope.set(n, `$comp${id}.${n}`);
    b.line = e.lineno;
    const it = b.callC("PyObject_GetIter", [iterable])!;
    const head = b.newBlock();
    const after = b.newBlock();
    b.jump(head);
    b.enter(head);
    const { item, body, exit } = b.iterNext(it);
    b.enter(body);
    // A name target has its checked type: a checked list's items as they are, an Array's or
    // Vector's unboxed (its iterator yields exact ints, floats or bools, so Unbox needs no check).
    const t = x.typeOf(g.target);
    if (t.kind === "prim") b.writeTemp(x.compName((g.target as A.Name).id)!, b.unbox(item, t));
    else assignTarget(x, g.target, item);
    for (const cond of g.ifs) {
      const yes = b.newBlock();
      const no = b.newBlock();
      b.branch(x.cond(cond), yes, no);
      b.seal(yes);
      b.seal(no);
      b.enter(no);
      b.jump(head);
      b.enter(yes);
    }
    if (k + 1 < e.generators.length) {
      loop(k + 1, x.expr(e.generators[k + 1].iter));
    } else if (e._type === "DictComp") {
      const key = x.expr(e.key);
      const value = x.expr(e.value);
      b.line = e.lineno;
      b.callC("PyDict_SetItem", [result, key, value]);
    } else {
      const elt = x.expr(e.elt);
      b.line = e.lineno;
      b.callC(e._type === "ListComp" ? "PyList_Append" : "PySet_Add", [result, elt]);
    }
    b.jump(head);
    b.seal(head);
    b.enter(exit);
    b.jump(after);
    b.seal(after);
    b.enter(after);
  };
  loop(0, first);
  x.compScopes.pop();
  return result;
}

/** Bind a comprehension target (a name or nested tuple of names) to `v`. */
function assignTarget(x: ExprBuilder, t: A.Expr, v: Value): void {
  const b = x.b;
  if (t._type === "Name") {
    b.write(x.compName(t.id)!, v);
    return;
  }
  const elts = (t as A.Tuple | A.List).elts;
  const cells = b.value("StackArray", [], { size: elts.length });
  b.line = t.lineno;
  b.callC("CSR_Unpack", [v, b.value("Int64Const", [], { int: BigInt(elts.length) }), cells]);
  const items = elts.map((_, k) => b.value("TakeArrayItem", [cells], { index: k }));
  elts.forEach((elt, k) => assignTarget(x, elt, items[k]));
}
