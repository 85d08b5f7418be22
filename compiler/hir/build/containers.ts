// HIR construction for item access and checked containers (static_python.md §5, §8): the
// subscripts the checker gave a fast path, the type objects of CheckedDict/CheckedList/Array/
// Vector and displays built directly as checked containers.
//
//   a[i]       (a: Array[int64], i: int64)    v3:int64 = ArrayGetItem v1 v2 {kind=int64}
//   v[i]       (v: Vector[int64], i: int64)   v3:int64 = VectorGetItem v1 v2 {kind=int64}
//   l[i]       (l: CheckedList[C], i: int64)  v3:object+ = ListGetItem v1 v2 {kind=chklist}
//   d[k]       (d: CheckedDict[str, C])       CallC CSR_CheckedDict_GetItem (no key check;
//                                             a dynamic k: chkdict's checked subscript)
//   Array[int64]                              CallC CSR_Generic_Resolve(&desc) (made once)

import type * as A from "../../parse/ast.js";
import type { GenericInfo, SType } from "../../check/types.js";
import { PY_TYPES, checkedClass, repr } from "../../check/types.js";
import { isPrimArray } from "../../check/generics.js";
import { InternalError } from "../../diagnostics.js";
import { TYPE_CODES } from "../../runtime.js";
import type { Value } from "../hir.js";
import type { FnBuilder } from "./builder.js";
import type { ExprBuilder } from "./expr.js";

/** A CSR_GenericDesc: a checked container type by its definition and type arguments. */
export interface HGenericDesc {
  desc: string;
  name: string;
  /** CSR_GENERIC_*: chkdict, chklist, Array, Vector. */
  def: number;
  params: { pytype?: string; cls?: string; generic?: string; code?: number; optional: boolean }[];
}

const GENERIC_DEFS = { chkdict: 0, chklist: 1, Array: 2, Vector: 3 } as const;

export function genericDesc(gen: GenericInfo): HGenericDesc {
  const params = gen.args.map((a): HGenericDesc["params"][number] => {
    if (a.kind === "prim") return { code: TYPE_CODES[a.name], optional: false };
    const inner = a.kind === "optional" ? a.inner : a;
    const optional = a.kind === "optional";
    if (inner.kind === "class") return { pytype: PY_TYPES[inner.name], optional };
    if (inner.kind === "instance") return { cls: inner.cls.desc, optional };
    if (inner.kind === "generic") return { generic: inner.gen.desc, optional };
    throw new InternalError("hir-build", `type argument ${inner.kind} of ${gen.name}`);
  });
  return { desc: gen.desc, name: gen.name, def: GENERIC_DEFS[gen.def], params };
}

/** The type object of a checked container type (cached by its CSR_GenericDesc). */
export function genericType(b: FnBuilder, gen: GenericInfo): Value {
  return b.callC("CSR_Generic_Resolve", [b.value("SymbolAddr", [], { symbol: gen.desc })])!;
}

/** An int64 index from a key the checker allowed for an Array or Vector (an int is unboxed). */
function arrayIndex(b: FnBuilder, key: Value, unbox: boolean): Value {
  return unbox ? b.unbox(key, { kind: "prim", name: "int64" }) : key;
}

/** seq[key] with the access the checker recorded (the generic protocol otherwise). */
export function getItem(b: FnBuilder, e: A.Subscript, obj: Value, key: Value): Value {
  const access = b.mod.items.get(e);
  switch (access?.kind) {
    case "list": return b.value("ListGetItem", [obj, key], access.trusted ? { kind: "chklist" } : {});
    case "array": {
      const elem = access.elem as SType & { kind: "prim" };
      const op = access.vector ? "VectorGetItem" : "ArrayGetItem";
      return b.value(op, [obj, arrayIndex(b, key, access.unboxIndex)], { kind: elem.name }, repr(elem));
    }
    case "arrayObject": return b.unbox(b.callC("PyObject_GetItem", [obj, key])!, access.elem as SType & { kind: "prim" });
    // A key of a static type assignable to K is one (checked where it entered typed code);
    // a dynamic one goes through chkdict's own subscript, whose wrong-type error is Cinder's
    // `bad key` TypeError rather than a KeyError. Either way the value is a V.
    case "chkdict":
      return b.callC(b.mod.types.get(e.slice)?.kind === "dynamic" ? "PyObject_GetItem" : "CSR_CheckedDict_GetItem", [obj, key])!;
    case undefined: return b.callC("PyObject_GetItem", [obj, key])!;
  }
}

/** seq[key] = v, v of static type `vt`: a dynamic key or value stored into a checked
 *  container is CAST first (the container's own checks are skipped). */
export function setItem(b: FnBuilder, e: A.Subscript, obj: Value, key: Value, v: Value, vt: SType): void {
  const access = b.mod.items.get(e);
  const seq = b.mod.types.get(e.value);
  if (seq?.kind === "generic" && !isPrimArray(seq.gen.def)) {
    const [k, elem] = seq.gen.def === "chkdict" ? seq.gen.args : [undefined, seq.gen.args[0]];
    castDynamic(b, v, vt, elem);
    if (k) castDynamic(b, key, b.mod.types.get(e.slice)!, k);
  }
  switch (access?.kind) {
    case "list": b.emit("ListSetItem", [obj, key, v], access.trusted ? { kind: "chklist" } : {}); return;
    case "array": {
      const op = access.vector ? "VectorSetItem" : "ArraySetItem";
      b.emit(op, [obj, arrayIndex(b, key, access.unboxIndex), v], { kind: (access.elem as { name: string }).name });
      return;
    }
    case "arrayObject": b.callC("PyObject_SetItem", [obj, key, b.box(v, access.elem)]); return;
    case "chkdict": b.callC("CSR_CheckedDict_SetItem", [obj, key, v]); return;
    case undefined: b.callC("PyObject_SetItem", [obj, key, v]); return;
  }
}

function castDynamic(b: FnBuilder, v: Value, t: SType, to: SType): void {
  const check = checkedClass(to);
  if (t.kind === "dynamic" && check) b.emit("Cast", [v], { pytype: check });
}

/** A dict or list display whose context declares a checked container: made empty, then
 *  filled without run-time checks (the checker checked every key and value). */
export function checkedDisplay(x: ExprBuilder, e: A.Dict | A.List, gen: GenericInfo): Value {
  const b = x.b;
  if (e._type === "Dict") {
    const pairs = e.keys.map((k, n) => [x.expr(k!), x.expr(e.values[n])]);
    b.line = e.lineno;
    const d = b.callC("CSR_CheckedDict_New", [genericType(b, gen)])!;
    for (const [k, v] of pairs) b.callC("CSR_CheckedDict_SetItem", [d, k, v]);
    return d;
  }
  const items = e.elts.map((v) => x.expr(v));
  b.line = e.lineno;
  const l = b.callC("CSR_CheckedList_New", [genericType(b, gen), b.value("Int64Const", [], { int: 0n })])!;
  for (const v of items) b.callC("CSR_CheckedList_Append", [l, v]);
  return l;
}

/** clen(x) / len(x) of a value whose length is one load: checked containers and exact
 *  lists, tuples and dicts (ob_size, or the dict's ma_used at the same offset). */
export function sizeIsField(t: SType): boolean {
  if (t.kind === "generic") return true;
  return t.kind === "class" && t.exact && (t.name === "list" || t.name === "tuple" || t.name === "dict");
}
