// Class declarations (static_python.md §4): which classes are static, their fields (typed
// slots at fixed offsets), their methods and vtable slots, and the compile-time checks on
// them (re-declared members, conflicting members, final classes and methods, inconsistent
// overrides).
//
//   class Packet:                       static: slots `ident` (int64 @16) and `link` (@24)
//       link: Optional[Packet]          (CPython orders __slots__ by name; so do we)
//       def __init__(self, ident: int64) -> None:
//           self.ident: int64 = ident
//       def size(self) -> int64: ...    vtable slot 0
//
// A class is static when its module is and its base is `object` or an earlier static class
// of the module; otherwise it is an ordinary Python class (its methods are still compiled).

import type * as A from "../parse/ast.js";
import { MESSAGES } from "../diagnostics.js";
import { FINAL_MISPLACED, isClassVarAnnotation, isFinalAnnotation, isFinalDecorator, resolveAnnotation } from "./annotations.js";
import { type Ctx, type FunctionChecked, error, unsupported } from "./context.js";
import { functionScope } from "./scope.js";
import { CLASSVAR_MISPLACED, classVarType } from "./classattrs.js";
import {
  type ClassInfo, type FunctionInfo, type MethodKind, type MethodInfo, type ParamInfo, type SType, DYNAMIC, assignable, typeName,
} from "./types.js";

/** sizeof(PyObject): where the first field of a class based on `object` goes. */
const OBJECT_BASICSIZE = 16;

export const isDunder = (name: string) => name.startsWith("__") && name.endsWith("__");

/** Declare every module-level class: first all of them (in order, so a base precedes its
 *  subclasses), so annotations may name classes defined later; then their members. */
export function declareClasses(ctx: Ctx, body: A.Stmt[]): void {
  const classes = body.filter((s): s is A.ClassDef => s._type === "ClassDef");
  for (const s of classes) declareClass(ctx, s);
  for (const s of classes) declareMembers(ctx, s, ctx.mod.classNodes.get(s)!);
}

function declareMembers(ctx: Ctx, s: A.ClassDef, info: ClassInfo): void {
  // Inherited members are known once the base's own were declared (bases come first).
  if (info.base) {
    info.fields = new Map(info.base.fields);
    info.methods = new Map(info.base.methods);
    info.vtable = [...info.base.vtable];
    info.basicsize = info.base.basicsize;
    info.classVars = new Map(info.base.classVars);
  }
  checkClassBody(ctx, s);
  if (info.isStatic) {
    declareFields(ctx, s, info);
    // A class attribute of a field's name would replace the field's descriptor (and CPython
    // refuses it next to __slots__): a conflict, as in Cinder. `x: T = v` is the field's
    // class default instead.
    for (const m of s.body) {
      const annotated = m._type === "AnnAssign" && m.value && !isFieldDefault(ctx, m) && !isClassVarAnnotation(ctx, m.annotation);
      const targets = m._type === "Assign" ? m.targets : annotated ? [m.target] : [];
      for (const t of targets) {
        if (t._type === "Name" && info.fields.has(t.id)) error(ctx, m, `slot conflicts with other member ${t.id} in Type[${info.fullName}]`);
      }
    }
  }
  for (const m of s.body) if (m._type === "FunctionDef") declareMethod(ctx, info, m);
}

function declareClass(ctx: Ctx, s: A.ClassDef): void {
  const mod = ctx.mod;
  if (s.keywords.length) unsupported(ctx, s.keywords[0], "class keywords (metaclass=...)");
  const finalDeco = s.decorator_list.filter((d) => isFinalDecorator(ctx, d));
  for (const d of s.decorator_list) if (!finalDeco.includes(d)) unsupported(ctx, d, "class decorators");
  let base: ClassInfo | undefined;
  let isStatic = mod.isStatic;
  for (const b of s.bases) {
    const known = b._type === "Name" ? mod.classes.get(b.id) : undefined;
    if (b._type === "Name" && b.id === "object" && !ctx.moduleNames.has("object")) continue;
    if (known?.isStatic && !base) base = known;
    else isStatic = false;
  }
  if (!isStatic) base = undefined;
  const info: ClassInfo = {
    name: s.name, fullName: `${mod.name}.${s.name}`, isStatic, base, final: finalDeco.length > 0,
    fields: new Map(), methods: new Map(), vtable: [], basicsize: OBJECT_BASICSIZE, desc: `${mod.name}.${s.name}$class`,
    redefaults: [], classVars: new Map(),
  };
  if (base?.final) error(ctx, s, `Class \`${info.fullName}\` cannot subclass a Final class: \`${base.fullName}\``);
  mod.classes.set(s.name, info);
  mod.classNodes.set(s, info);
}

function checkClassBody(ctx: Ctx, s: A.ClassDef): void {
  for (const m of s.body) {
    switch (m._type) {
      case "FunctionDef": case "Expr": case "Pass": break;
      case "Assign":
        if (!m.targets.every((t) => t._type === "Name")) unsupported(ctx, m, "assignments to this target in a class body");
        break;
      case "AnnAssign":
        if (m.target._type !== "Name") unsupported(ctx, m, "annotated assignments to this target in a class body");
        else if (m.value && ctx.mod.isStatic && isFinalAnnotation(ctx, m.annotation)) unsupported(ctx, m, "class-level Final attributes");
        break;
      default: unsupported(ctx, m, `this statement (${m._type}) in a class body`);
    }
  }
}

/** Fields: class-level annotations, then `self.x` assignments anywhere in __init__. New
 *  fields are laid out after the base's, sorted by name as CPython sorts __slots__. */
function declareFields(ctx: Ctx, s: A.ClassDef, info: ClassInfo): void {
  const own = new Map<string, { type: SType; annotated: boolean; hasDefault?: boolean }>();
  // Members are declared in body order (as Cinder does): a field declared after a method of
  // the same name is the slot's conflict; one declared before it, the function's.
  const declare = (name: string, ann: A.Expr | undefined, at: A.Located, index: number, hasDefault?: boolean) => {
    if (name.startsWith("__") && !name.endsWith("__")) return void unsupported(ctx, at, "private (name-mangled) fields");
    const fnIndex = s.body.findIndex((m) => m._type === "FunctionDef" && m.name === name);
    if (fnIndex >= 0 && fnIndex < index) return void error(ctx, at, `slot conflicts with other member ${name} in Type[${info.fullName}]`);
    const type = ann ? resolveAnnotation(ctx, ann) : DYNAMIC;
    // Cinder keeps no default for a primitive slot (its default descriptor is for object
    // slots only: instances would read 0), so there is no behaviour to follow.
    if (hasDefault && type.kind === "prim") return void unsupported(ctx, at, "class-level primitive fields with a default value");
    const inherited = info.base?.fields.get(name);
    if (inherited) {
      if (ann && typeName(inherited.type) !== typeName(type)) {
        error(ctx, at, `Cannot change type of inherited attribute (inherited type '${typeName(inherited.type)}')`);
      } else if (hasDefault && !inherited.hasDefault) {
        unsupported(ctx, at, "a class default for an inherited field declared without one");
      } else if (hasDefault) info.redefaults.push(inherited);
      return;
    }
    const classVar = info.classVars.get(name);
    if (classVar?.owner === info && ann) return void error(ctx, at, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    if (classVar && ann) return void unsupported(ctx, at, "a field overriding an inherited ClassVar");
    // `self.x = v` for a ClassVar x is reported where the store is checked.
    if (classVar) return;
    const prev = own.get(name);
    if (prev?.annotated && ann) return void error(ctx, at, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    if (!prev || ann) own.set(name, { type, annotated: !!ann, hasDefault });
  };
  const declareClassVar = (name: string, m: A.AnnAssign) => {
    if (own.get(name)?.annotated || info.classVars.get(name)?.owner === info) {
      return void error(ctx, m, `Cannot re-declare member '${name}' in '${info.fullName}'`);
    }
    if (info.fields.has(name)) return void unsupported(ctx, m, "a ClassVar overriding an inherited field");
    const type = classVarType(ctx, m.annotation);
    if (type.kind === "prim") return void unsupported(ctx, m, "primitive ClassVar attributes");
    info.classVars.set(name, { name, type, owner: info });
  };
  s.body.forEach((m, i) => {
    if (m._type !== "AnnAssign" || m.target._type !== "Name") return;
    if (isClassVarAnnotation(ctx, m.annotation)) declareClassVar(m.target.id, m);
    else if (!m.value || isFieldDefault(ctx, m)) declare(m.target.id, m.annotation, m, i, !!m.value);
  });
  const initIndex = s.body.findIndex((m) => m._type === "FunctionDef" && m.name === "__init__");
  const init = s.body[initIndex] as A.FunctionDef | undefined;
  const self = init?.args.args[0]?.arg;
  if (init && self) visitSelfStores(init.body, self, (name, ann, at) => declare(name, ann, at, initIndex));
  for (const name of [...own.keys()].sort(byCodePoint)) {
    const { type, hasDefault } = own.get(name)!;
    info.fields.set(name, { name, type, offset: info.basicsize, owner: info, ...(hasDefault && { hasDefault }) });
    info.basicsize += 8;
  }
}

/** `x: T = v` in a static class body: v must suit T. */
export function checkClassValue(ctx: Ctx, s: A.ClassDef, m: A.AnnAssign, t: SType): void {
  if (!ctx.mod.classNodes.get(s)?.isStatic) return;
  const want = isClassVarAnnotation(ctx, m.annotation) ? classVarType(ctx, m.annotation)
    : isFieldDefault(ctx, m) ? resolveAnnotation(ctx, m.annotation) : undefined;
  if (!want) return;
  if (!assignable(want, t)) error(ctx, m.value!, MESSAGES.typeMismatch(typeName(t), typeName(want)));
}

/** `x: T = v` in a class body: a field with a class default (not ClassVar, not Final). */
function isFieldDefault(ctx: Ctx, m: A.AnnAssign): boolean {
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

/** Decorators a method may carry that make it a plain class attribute wrapped by a builtin
 *  descriptor: looked up and called through Python, not the vtable. */
const DESCRIPTOR_DECORATORS = { staticmethod: "static", classmethod: "class", property: "property" } as const;

function declareMethod(ctx: Ctx, info: ClassInfo, s: A.FunctionDef): void {
  const finalDeco = s.decorator_list.filter((d) => isFinalDecorator(ctx, d));
  // @inline on a method is transparent, as in Cinder: calls through an instance bind the
  // method (vtable) and are not substituted. @dynamic_return is read by declareFunctionDef.
  const transparent = s.decorator_list.filter((d) => isInlineDecorator(ctx, d) || isDynamicReturn(ctx, d));
  if (transparent.some((d) => isInlineDecorator(ctx, d))) checkInlineBody(ctx, s);
  const kind = methodKind(ctx, s);
  for (const d of s.decorator_list) {
    if (!finalDeco.includes(d) && !transparent.includes(d) && !kind) unsupported(ctx, d, "method decorators other than final, inline, dynamic_return, staticmethod, classmethod and property");
  }
  const fn = declareFunctionDef(ctx, s, info, kind);
  if (info.fields.has(s.name)) error(ctx, s, `function conflicts with other member ${s.name} in Type[${info.fullName}]`);
  if (!info.isStatic || kind) return;
  if (!fn.info.params.length || fn.info.params[0].kwonly) return void unsupported(ctx, s, "methods without a self parameter");
  const inherited = info.methods.get(s.name);
  const method: MethodInfo = { name: s.name, fn: fn.info, owner: info, slot: -1, final: finalDeco.length > 0 };
  if (!isDunder(s.name)) {
    if (inherited && inherited.slot >= 0) {
      if (inherited.final) error(ctx, s, `Cannot assign to a Final attribute of ${info.fullName}:${s.name}`);
      checkOverride(ctx, s, method, inherited);
      method.slot = inherited.slot;
      info.vtable[method.slot] = method;
    } else {
      method.slot = info.vtable.length;
      info.vtable.push(method);
    }
  }
  info.methods.set(s.name, method);
}

/** `@staticmethod` / `@classmethod` / `@property` alone on a method (builtins not shadowed). */
function methodKind(ctx: Ctx, s: A.FunctionDef): MethodKind | undefined {
  const [d] = s.decorator_list;
  if (s.decorator_list.length !== 1 || d._type !== "Name" || ctx.moduleNames.has(d.id)) return undefined;
  return DESCRIPTOR_DECORATORS[d.id as keyof typeof DESCRIPTOR_DECORATORS];
}

/** Declare a module-level def or a method: its signature, scope and native symbol. */
export function declareFunctionDef(ctx: Ctx, s: A.FunctionDef, cls?: ClassInfo, kind?: MethodKind): FunctionChecked {
  const a = s.args;
  const simple = a.posonlyargs.length === 0 && !a.vararg && !a.kwarg;
  if (!simple) unsupported(ctx, s, "*args, **kwargs and positional-only parameters");
  const inline = !cls && s.decorator_list.length === 1 && isInlineDecorator(ctx, s.decorator_list[0]);
  // @dynamic_return (static_python.md §6.3): no return CAST, a dynamic result for callers.
  const dynamicReturn = s.decorator_list.some((d) => isDynamicReturn(ctx, d));
  const other = s.decorator_list.find((d) => !isDynamicReturn(ctx, d) && !(inline && isInlineDecorator(ctx, d)));
  if (other && !cls) unsupported(ctx, other, "decorators");
  const body = s.body[0];
  if (inline) checkInlineBody(ctx, s);
  for (const p of [...a.args, ...a.kwonlyargs]) {
    if (p.annotation && ctx.mod.isStatic && isFinalAnnotation(ctx, p.annotation)) error(ctx, p.annotation, FINAL_MISPLACED);
    if (p.annotation && ctx.mod.isStatic && isClassVarAnnotation(ctx, p.annotation)) error(ctx, p.annotation, CLASSVAR_MISPLACED);
  }
  const firstDefault = a.args.length - a.defaults.length;
  const selfParam = cls?.isStatic && (kind === undefined || kind === "property");
  const paramType = (p: A.Arg, i: number): SType =>
    i === 0 && selfParam && !p.annotation ? { kind: "instance", cls: cls! } : resolveAnnotation(ctx, p.annotation);
  const params: ParamInfo[] = [
    ...a.args.map((p, i) => ({ name: p.arg, type: paramType(p, i), default: a.defaults[i - firstDefault], kwonly: false })),
    ...a.kwonlyargs.map((p, i) => ({ name: p.arg, type: resolveAnnotation(ctx, p.annotation), default: a.kw_defaults[i] ?? undefined, kwonly: true })),
  ];
  const declaredRet = resolveAnnotation(ctx, s.returns);
  const ret = dynamicReturn && declaredRet.kind !== "prim" ? DYNAMIC : declaredRet;
  const qual = cls ? `${cls.name}.${s.name}` : s.name;
  const info: FunctionInfo = { name: s.name, params, ret, symbol: `${ctx.mod.name}.${qual}`, simple, cls, kind };
  if (inline && body._type === "Return" && body.value && s.body.length === 1) info.inline = body.value;
  const fn: FunctionChecked = { node: s, info, scope: functionScope(s), locals: new Map(params.map((p) => [p.name, p.type])) };
  ctx.mod.functions.push(fn);
  return fn;
}

function checkInlineBody(ctx: Ctx, s: A.FunctionDef): void {
  const body = s.body[0];
  if (s.body.length !== 1 || body._type !== "Return" || !body.value) error(ctx, s, "@inline only supported on functions with simple return");
}

function isDynamicReturn(ctx: Ctx, e: A.Expr): boolean {
  return e._type === "Name" && ctx.statics.get(e.id) === "dynamic_return";
}

function isInlineDecorator(ctx: Ctx, e: A.Expr): boolean {
  return e._type === "Name" && ctx.statics.get(e.id) === "inline";
}

/** static_python.md §4.3: an override must accept what the base accepts and return what
 *  the base returns. */
function checkOverride(ctx: Ctx, s: A.FunctionDef, m: MethodInfo, base: MethodInfo): void {
  const prefix = `${m.owner.fullName}.${m.name} overrides ${base.owner.fullName}.${m.name} inconsistently. `;
  const mine = m.fn.params;
  const theirs = base.fn.params;
  if (mine.length !== theirs.length) return void error(ctx, s, `${prefix}Number of arguments differ`);
  for (let i = 1; i < mine.length; i++) {
    const [p, q] = [mine[i], theirs[i]];
    if (p.kwonly !== q.kwonly) return void error(ctx, s, `${prefix}\`${p.name}\` differs by keyword only vs positional`);
    if (p.name !== q.name) {
      return void error(ctx, s, p.kwonly
        ? `${prefix}Keyword only argument \`${q.name}\` is overridden as \`${p.name}\``
        : `${prefix}Positional argument ${i + 1} named \`${q.name}\` is overridden as \`${p.name}\``);
    }
    if (!assignable(p.type, q.type) || (p.type.kind === "prim") !== (q.type.kind === "prim")) {
      return void error(ctx, s, `${prefix}Parameter ${p.name} of type \`${typeName(p.type)}\` is not a supertype of the overridden parameter \`${typeName(q.type)}\``);
    }
  }
  const [r, br] = [m.fn.ret, base.fn.ret];
  if (!assignable(br, r) || (r.kind === "prim") !== (br.kind === "prim") || (br.kind !== "dynamic" && r.kind === "dynamic")) {
    error(ctx, s, `${prefix}Returned type \`${typeName(r)}\` is not a subtype of the overridden return \`${typeName(br)}\``);
  }
}
