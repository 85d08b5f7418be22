// HIR construction for class statements and what static classes need at run time: the
// class statement in the module body (namespace, methods as function objects, the class
// object), the CSR_ClassDesc tables (fields, vtable slots), and one thunk per vtable slot.
//
//   class C:                     ns = {__module__, __qualname__, m: <function C.m>}
//       def m(self) -> int64     C  = CSR_Class_New(&C$class, (), ns)     (static)
//                                     CSR_Class_Build("C", bases, ns)     (ordinary class)
//
// A thunk has the native signature of its slot's method and calls whatever type(self) has
// under that name as Python would (boxing arguments, checking and unboxing the result):
// vtables point at it for overrides that are not compiled methods of the slot.

import type * as A from "../../parse/ast.js";
import type { CheckedModule, FunctionChecked } from "../../check/context.js";
import { type ClassInfo, type FieldInfo, type MethodInfo, type SType, checkedClass, repr } from "../../check/types.js";
import type { FunctionSig, HFunction, Value } from "../hir.js";
import { FnBuilder } from "./builder.js";
import { TYPE_CODES } from "../../runtime.js";
import type { ConstTable } from "./consts.js";
import type { ExprBuilder } from "./expr.js";

/** A CSR_FieldDesc. */
export interface HFieldDesc {
  name: string;
  offset: number;
  /** Cinder type code (CSR_TYPED_*). */
  kind: number;
  /** The checked type: a libpython type object symbol, a static class's descriptor or a
   *  checked container's. */
  pytype?: string;
  cls?: string;
  generic?: string;
  optional: boolean;
  /** CSR_FIELD_* */
  flags: number;
}

/** CSR_ClassDesc.flags (cinderc.h). */
const CLASS_FINAL = 1;
const CLASS_DICT = 2;
const CLASS_WEAKREF = 4;

/** CSR_FieldDesc.flags (cinderc.h). */
const FIELD_DEFAULT = 1;
const FIELD_INHERITED = 2;

/** A CSR_ClassDesc. */
export interface HClassDesc {
  name: string;
  qualname: string;
  desc: string;
  base?: string;
  basicsize: number;
  /** CSR_CLASS_* */
  flags: number;
  fields: HFieldDesc[];
  vslots: { name: string; thunk: string }[];
}

/** A class's own fields, in CSR_ClassDesc.fields order. */
export const ownFields = (c: ClassInfo): FieldInfo[] => [...c.fields.values()].filter((f) => f.owner === c);

/** LoadField attributes of a field with a class default: where its unset slot's slow path
 *  finds the field's checked type (owner's CSR_ClassDesc, index in its fields). */
export const defaultedField = (f: FieldInfo) => (f.hasDefault ? { symbol: f.owner.desc, index: ownFields(f.owner).indexOf(f) } : {});

export function classDesc(c: ClassInfo): HClassDesc {
  const fieldDesc = (f: FieldInfo, flags: number): HFieldDesc => {
    const check = checkedClass(f.type);
    const kind = f.type.kind === "prim" ? TYPE_CODES[f.type.name] : TYPE_CODES.object;
    return {
      name: f.name, offset: f.offset, kind, optional: !!check?.optional, flags,
      ...(check && (check.desc ? { cls: check.symbol } : check.generic ? { generic: check.symbol } : { pytype: check.symbol })),
    };
  };
  const fields = [
    ...ownFields(c).map((f) => fieldDesc(f, f.hasDefault ? FIELD_DEFAULT : 0)),
    ...c.redefaults.map((f) => fieldDesc(f, FIELD_DEFAULT | FIELD_INHERITED)),
  ];
  return {
    name: c.name, qualname: c.name, desc: c.desc, base: c.base?.desc, basicsize: c.basicsize, fields,
    flags: (c.final ? CLASS_FINAL : 0) | (c.instanceDict === "own" ? CLASS_DICT : 0) | (c.weakrefs === "own" ? CLASS_WEAKREF : 0),
    vslots: c.vtable.map((m) => ({ name: m.name, thunk: thunkSymbol(rootOf(c, m.slot)) })),
  };
}

/** The method that first defined vtable slot `slot` (its thunk serves the whole hierarchy). */
function rootOf(c: ClassInfo, slot: number): MethodInfo {
  let root = c.vtable[slot];
  for (let b = c.base; b && slot < b.vtable.length; b = b.base) root = b.vtable[slot];
  return root;
}

const thunkSymbol = (m: MethodInfo) => `${m.fn.symbol}$thunk`;

export const nativeSig = (fn: { symbol: string; params: { type: SType }[]; ret: SType }): FunctionSig => ({
  symbol: fn.symbol, params: fn.params.map((p) => repr(p.type)), ret: repr(fn.ret),
});

/** Thunks for the vtable slots `c` introduces. */
export function buildThunks(mod: CheckedModule, consts: ConstTable, c: ClassInfo): HFunction[] {
  const own = c.vtable.slice(c.base?.vtable.length ?? 0);
  return own.map((m) => buildThunk(mod, consts, m));
}

function buildThunk(mod: CheckedModule, consts: ConstTable, m: MethodInfo): HFunction {
  const native = nativeSig(m.fn);
  const sig: FunctionSig = { ...native, symbol: thunkSymbol(m) };
  const fb = new FnBuilder(mod, consts, m.name, sig, () => "object");
  fb.line = 0;
  const params = m.fn.params.map((p, i) => fb.value("Param", [], { index: i }, sig.params[i], "borrowed"));
  const args = params.slice(1).map((v, i) => fb.box(v, m.fn.params[i + 1].type));
  const r = fb.value("CallMethod", [params[0], ...args], { index: consts.str(m.name), name: m.name, kwcount: 0 });
  fb.ret(checkedResult(fb, r, m.fn.ret));
  return fb.finish();
}

/** A dynamic result where `t` is declared: CAST for checked types, unboxing for primitives. */
export function checkedResult(fb: FnBuilder, v: Value, t: SType): Value {
  if (t.kind === "prim") {
    // Unbox checks ints and floats itself; a cbool needs the bool check first.
    if (t.name === "cbool") fb.emit("Cast", [v], { pytype: { symbol: "PyBool_Type", name: "bool" } });
    return fb.unbox(v, t);
  }
  const check = checkedClass(t);
  if (check) fb.emit("Cast", [v], { pytype: check });
  return v;
}

/** How the module body makes a function object for a def (module level or method). */
export type MakeFunction = (fn: FunctionChecked) => Value;

/** The class statement: evaluate bases and body into a namespace, then make the class. */
export function buildClassStatement(
  x: ExprBuilder, s: A.ClassDef, c: ClassInfo, module: Value, makeFunction: MakeFunction,
): Value {
  const fb = x.b;
  const consts = fb.consts;
  const mod = fb.mod;
  fb.line = s.lineno;
  const bases = fb.value("BuildTuple", s.bases.map((e) => x.expr(e)));
  fb.line = s.lineno;
  const ns = fb.callC("PyDict_New", [])!;
  const set = (name: string, v: Value) => fb.callC("PyDict_SetItem", [ns, fb.constObj(consts.str(name)), v]);
  set("__module__", fb.constObj(consts.str(mod.name)));
  set("__qualname__", fb.constObj(consts.str(s.name)));
  x.classNs = ns;
  s.body.forEach((m, k) => {
    fb.line = m.lineno;
    switch (m._type) {
      case "FunctionDef": {
        const fn = mod.functions.find((f) => f.node === m)!;
        // The decorator (staticmethod, classmethod, property) is read in the class body's
        // scope, as Python evaluates decorators there.
        const decorator = fn.info.decorator && x.expr(fn.info.decorator);
        const func = makeFunction(fn);
        fb.line = m.lineno;
        set(m.name, decorator ? fb.value("Vectorcall", [decorator, func], { kwcount: 0 }) : func);
        return;
      }
      case "Expr": {
        const v = x.expr(m.value);
        if (k === 0 && m.value._type === "Constant" && m.value.value.kind === "str") set("__doc__", v);
        return;
      }
      case "Assign": case "AnnAssign": {
        if (!m.value) return;
        const v = x.expr(m.value);
        fb.line = m.lineno;
        for (const t of m._type === "Assign" ? m.targets : [m.target]) set((t as A.Name).id, v);
        return;
      }
      default: return;
    }
  });
  x.classNs = undefined;
  fb.line = s.lineno;
  // static_python.md §4.4: the final methods, inherited ones included, sorted; CSR_Class_New
  // refuses dynamic subclasses that override them.
  const finals = [...c.methods.values()].filter((m) => m.final).map((m) => m.name).sort();
  if (c.isStatic && finals.length) set("__final_method_names__", fb.constObj(consts.tuple(finals.map((n) => consts.str(n)))));
  if (c.isStatic) return fb.callC("CSR_Class_New", [fb.value("SymbolAddr", [], { symbol: c.desc }), bases, ns])!;
  const built = fb.callC("CSR_Class_Build", [fb.constObj(consts.str(s.name)), bases, ns])!;
  // An enum's members are checked against the class (CHECK_ARGS, CAST): its descriptor holds it.
  if (c.enum) fb.callC("CSR_Class_Bind", [fb.value("SymbolAddr", [], { symbol: c.desc }), built]);
  return built;
}
