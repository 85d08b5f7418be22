// The members a static class body declares besides methods (static_python.md §4.1, §4.4):
// fields (typed slots) from class-level annotations and `self.x` stores in __init__, class
// defaults of fields, ClassVars, and Final fields and class attributes.
//
//   class C:
//       a: int                  field
//       b: str = "b"            field with a class default (an unset slot reads it)
//       n: ClassVar[int] = 0    class attribute only
//       K: Final[int] = 1       class attribute only, never reassigned
//       f: Final[int]           field assigned only in C.__init__ (and there at least once)
//       def __init__(self) -> None:
//           self.f = 1
//           self.g: Final[str] = "g"   field, final too

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { PRIM_SIZE, TYPE_CODES } from "../runtime.js";
import { isClassVarAnnotation, isFinalAnnotation, resolveAnnotation } from "./annotations.js";
import { type Ctx, error, unsupported } from "./context.js";
import { classVarType } from "./classattrs.js";
import { type ClassInfo, DYNAMIC, type SType, assignable, typeName } from "./types.js";

interface OwnField { type: SType; annotated: boolean; hasDefault?: boolean; final?: boolean; at: A.Located }

/** Fields: class-level annotations, then `self.x` assignments anywhere in __init__. New
 *  fields are laid out after the base's, sorted by name as CPython sorts __slots__. */
export function declareFields(ctx: Ctx, s: A.ClassDef, info: ClassInfo): void {
  const own = new Map<string, OwnField>();
  // Members are declared in body order (as Cinder does): a field declared after a method of
  // the same name is the slot's conflict; one declared before it, the function's.
  const declare = (name: string, ann: A.Expr | undefined, at: A.Located, index: number, how: { hasDefault?: boolean; selfStore?: boolean }) => {
    if (name.startsWith("__") && !name.endsWith("__")) return void unsupported(ctx, at, "private (name-mangled) fields");
    const fnIndex = s.body.findIndex((m) => m._type === "FunctionDef" && m.name === name);
    if (fnIndex >= 0 && fnIndex < index) return void error(ctx, at, `slot conflicts with other member ${name} in Type[${info.fullName}]`);
    const final = !!ann && isFinalAnnotation(ctx, ann);
    const type = ann ? annotationType(ctx, ann) : DYNAMIC;
    const { hasDefault, selfStore } = how;
    // Cinder keeps no default for a primitive slot (its default descriptor is for object
    // slots only: instances would read 0), so there is no behaviour to follow.
    if (hasDefault && type.kind === "prim") return void unsupported(ctx, at, "class-level primitive fields with a default value");
    const classVar = info.classVars.get(name);
    // `self.x = v` for a ClassVar x is reported where the store is checked.
    if (classVar && selfStore) return;
    if (classVar?.owner === info) return void error(ctx, at, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    if (classVar) return void unsupported(ctx, at, "a field overriding an inherited ClassVar");
    const inherited = info.base?.fields.get(name);
    if (inherited) {
      if (ann && typeName(inherited.type) !== typeName(type)) {
        error(ctx, at, `Cannot change type of inherited attribute (inherited type '${typeName(inherited.type)}')`);
      } else if (hasDefault && !inherited.hasDefault) {
        unsupported(ctx, at, "a class default for an inherited field declared without one");
      } else if (hasDefault) info.redefaults.push(inherited);
      return;
    }
    const prev = own.get(name);
    if (prev?.annotated && ann) return void error(ctx, at, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    if (!prev || ann) own.set(name, { type, annotated: !!ann, hasDefault, final, at });
  };
  const declareClassVar = (name: string, m: A.AnnAssign, final: boolean) => {
    const inherited = info.classVars.get(name);
    if (own.get(name)?.annotated || inherited?.owner === info) {
      return void error(ctx, m, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    }
    // Reported by checkFinalClassAttrs.
    if (inherited?.final) return;
    if (info.fields.has(name)) return void unsupported(ctx, m, "a ClassVar overriding an inherited field");
    const type = final ? annotationType(ctx, m.annotation) : classVarType(ctx, m.annotation);
    if (type.kind === "prim") return void unsupported(ctx, m, "primitive ClassVar and Final class attributes");
    info.classVars.set(name, { name, type, owner: info, ...(final && { final, node: m }) });
  };
  s.body.forEach((m, i) => {
    if (m._type !== "AnnAssign" || m.target._type !== "Name") return;
    if (m.target.id === "__dict__" || m.target.id === "__weakref__") return declareInstanceSlot(ctx, info, m, m.target.id);
    const final = isFinalAnnotation(ctx, m.annotation);
    // A class-level Final with a value is implicitly a ClassVar (PEP 591).
    if (isClassVarAnnotation(ctx, m.annotation) || (final && m.value)) declareClassVar(m.target.id, m, final);
    else declare(m.target.id, m.annotation, m, i, { hasDefault: !!m.value });
  });
  const initIndex = s.body.findIndex((m) => m._type === "FunctionDef" && m.name === "__init__");
  const init = s.body[initIndex] as A.FunctionDef | undefined;
  const self = init?.args.args[0]?.arg;
  const initialized = new Set<string>();
  if (init && self) {
    visitSelfStores(init.body, self, (name, ann, at) => {
      initialized.add(name);
      declare(name, ann, at, initIndex, { selfStore: true });
    });
  }
  for (const name of [...own.keys()].sort(byCodePoint)) {
    const { type, hasDefault, final, at } = own.get(name)!;
    if (final && !initialized.has(name)) error(ctx, at, `Final attribute not initialized: ${info.fullName}:${name}`);
    // Primitives at their natural width and alignment (two cbools share a word), as Cinder
    // lays slots out; the instance size rounds up to a word.
    const size = type.kind === "prim" ? PRIM_SIZE[TYPE_CODES[type.name]] : 8;
    const offset = alignUp(info.basicsize, size);
    info.fields.set(name, { name, type, offset, owner: info, ...(hasDefault && { hasDefault }), ...(final && { final }) });
    info.basicsize = offset + size;
  }
  info.basicsize = alignUp(info.basicsize, 8);
  // CPython 3.11 places a __weakref__ slot after the fields; a __dict__ is a managed dict
  // (in front of the object) and takes no room in the instance.
  if (info.base?.instanceDict) info.instanceDict = "inherited";
  if (info.base?.weakrefs) info.weakrefs = "inherited";
  if (info.weakrefs === "own") info.basicsize += 8;
  checkClassAssignments(ctx, s, info);
}

/** `__dict__: Any` / `__weakref__: Any`: instances get an attribute dict / weak references
 *  (static_python.md §4.1). */
function declareInstanceSlot(ctx: Ctx, info: ClassInfo, m: A.AnnAssign, name: "__dict__" | "__weakref__"): void {
  if (m.value) return void unsupported(ctx, m, `a value for ${name}`);
  if (name === "__dict__") info.instanceDict = "own";
  else info.weakrefs = "own";
}

/** `x = v` in a class body next to a member x: a field's descriptor would be replaced (and
 *  CPython refuses a class attribute next to a slot of its name), a Final rebound. */
function checkClassAssignments(ctx: Ctx, s: A.ClassDef, info: ClassInfo): void {
  for (const m of s.body) {
    const targets = m._type === "Assign" ? m.targets : m._type === "AnnAssign" ? [m.target] : [];
    for (const t of targets) {
      if (t._type !== "Name") continue;
      const cv = info.classVars.get(t.id);
      if (cv?.final && cv.owner !== info) error(ctx, m, `Cannot assign to a Final attribute of ${info.fullName}:${t.id}`);
      else if (cv?.final && cv.node !== m) error(ctx, m, "Cannot assign to a Final variable");
      else if (m._type === "Assign" && info.fields.has(t.id)) error(ctx, m, `slot conflicts with other member ${t.id} in Type[${info.fullName}]`);
    }
  }
}

/** A field's or class attribute's type: `Final[T]` is a T (a bare Final: dynamic). */
function annotationType(ctx: Ctx, ann: A.Expr): SType {
  if (!isFinalAnnotation(ctx, ann)) return resolveAnnotation(ctx, ann);
  return ann._type === "Subscript" ? resolveAnnotation(ctx, ann.slice) : DYNAMIC;
}

/** `x: T = v` (also ClassVar, Final) in a static class body: v must suit T. */
export function checkClassValue(ctx: Ctx, s: A.ClassDef, m: A.AnnAssign, t: SType): void {
  if (!ctx.mod.classNodes.get(s)?.isStatic) return;
  const want = isClassVarAnnotation(ctx, m.annotation) ? classVarType(ctx, m.annotation) : annotationType(ctx, m.annotation);
  if (!assignable(want, t)) error(ctx, m.value!, MESSAGES.typeMismatch(typeName(t), typeName(want)));
}

/** `x: T = v` in a class body: a field with a class default (not ClassVar, not Final). */
export function isFieldDefault(ctx: Ctx, m: A.AnnAssign): boolean {
  return !!m.value && !isFinalAnnotation(ctx, m.annotation) && !isClassVarAnnotation(ctx, m.annotation);
}

const byCodePoint = (a: string, b: string) => {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

/** Every `self.x = ...` / `self.x: T = ...` in a method body (nested blocks included). */
function visitSelfStores(body: A.Stmt[], self: string, found: (attr: string, ann: A.Expr | undefined, at: A.Stmt) => void): void {
  const target = (t: A.Expr, s: A.Stmt, ann?: A.Expr) => {
    if (t._type === "Attribute" && t.value._type === "Name" && t.value.id === self) found(t.attr, ann, s);
    else if (t._type === "Tuple" || t._type === "List") t.elts.forEach((e) => target(e, s));
  };
  for (const s of body) {
    switch (s._type) {
      case "Assign": s.targets.forEach((t) => target(t, s)); break;
      case "AnnAssign": target(s.target, s, s.annotation); break;
      case "If": case "While": case "For":
        visitSelfStores(s.body, self, found);
        visitSelfStores(s.orelse, self, found);
        break;
      case "With": case "Try":
        visitSelfStores(s.body, self, found);
        break;
      default: break;
    }
  }
}

const alignUp = (n: number, to: number) => Math.ceil(n / to) * to;
