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
import { FINAL_MISPLACED, isClassVarAnnotation, isFinalAnnotation, isFinalDecorator, resolveAnnotation } from "./annotations.js";
import { type Ctx, type FunctionChecked, error, unsupported } from "./context.js";
import { functionScope } from "./scope.js";
import { CLASSVAR_MISPLACED } from "./classattrs.js";
import { declareFields } from "./fields.js";
import { declareEnum } from "./enums.js";
import { declareNative, isNativeDecorator, rejectNativeClass } from "./natives.js";
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
    info.properties = new Map(info.base.properties);
  }
  checkClassBody(ctx, s);
  if (info.isStatic) {
    declareFields(ctx, s, info);
  }
  for (const m of s.body) if (m._type === "FunctionDef") declareMethod(ctx, info, m);
}

function declareClass(ctx: Ctx, s: A.ClassDef): void {
  const mod = ctx.mod;
  if (s.keywords.length) unsupported(ctx, s.keywords[0], "class keywords (metaclass=...)");
  const finalDeco = s.decorator_list.filter((d) => isFinalDecorator(ctx, d));
  const weakrefDeco = s.decorator_list.filter((d) => d._type === "Name" && ctx.statics.get(d.id) === "allow_weakrefs");
  for (const d of s.decorator_list) {
    if (isNativeDecorator(ctx, d)) rejectNativeClass(ctx, d);
    else if (!finalDeco.includes(d) && !weakrefDeco.includes(d)) unsupported(ctx, d, "class decorators");
  }
  let base: ClassInfo | undefined;
  let isStatic = mod.isStatic;
  for (const b of s.bases) {
    const known = b._type === "Name" ? mod.classes.get(b.id) : undefined;
    if (b._type === "Name" && b.id === "object" && !ctx.moduleNames.has("object")) continue;
    if (known?.isStatic && !base) base = known;
    else isStatic = false;
  }
  if (!isStatic) base = undefined;
  const enumInfo = mod.isStatic ? declareEnum(ctx, s) : undefined;
  const info: ClassInfo = {
    name: s.name, fullName: `${mod.name}.${s.name}`, isStatic, base, final: finalDeco.length > 0,
    fields: new Map(), methods: new Map(), vtable: [], basicsize: OBJECT_BASICSIZE, desc: `${mod.name}.${s.name}$class`,
    redefaults: [], classVars: new Map(), properties: new Map(), ...(weakrefDeco.length && { weakrefs: "own" as const }),
    ...(enumInfo && { enum: enumInfo }),
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
        break;
      default: unsupported(ctx, m, `this statement (${m._type}) in a class body`);
    }
  }
}

/** Decorators a method may carry that make it a plain class attribute wrapped by a builtin
 *  descriptor: looked up and called through Python, not the vtable. */
const DESCRIPTOR_DECORATORS = { staticmethod: "static", classmethod: "class", property: "property" } as const;

function declareMethod(ctx: Ctx, info: ClassInfo, s: A.FunctionDef): void {
  const finalDeco = s.decorator_list.filter((d) => isFinalDecorator(ctx, d));
  // @inline on a method is transparent, as in Cinder: calls through an instance bind the
  // method (vtable) and are not substituted. @dynamic_return and @native (an error on a
  // method) are read by declareFunctionDef.
  const transparent = s.decorator_list.filter((d) => isInlineDecorator(ctx, d) || isDynamicReturn(ctx, d) || isNativeDecorator(ctx, d));
  if (transparent.some((d) => isInlineDecorator(ctx, d))) checkInlineBody(ctx, s);
  const descriptor = methodKind(ctx, s, finalDeco);
  const kind = descriptor?.kind;
  for (const d of s.decorator_list) {
    if (!finalDeco.includes(d) && !transparent.includes(d) && !kind) {
      unsupported(ctx, d, "method decorators other than final, inline, dynamic_return, staticmethod, classmethod, property and its setter and deleter");
    }
  }
  const fn = declareFunctionDef(ctx, s, info, kind, descriptor?.decorator);
  if (info.fields.has(s.name)) error(ctx, s, `function conflicts with other member ${s.name} in Type[${info.fullName}]`);
  if (kind === "property" || kind === "setter" || kind === "deleter") declareProperty(ctx, info, s, fn.info, finalDeco.length > 0);
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

/** `@staticmethod` / `@classmethod` / `@property` (builtins not shadowed) or `@x.setter` /
 *  `@x.deleter` on a method x, alone or with `@final`. */
function methodKind(ctx: Ctx, s: A.FunctionDef, finalDeco: A.Expr[]): { kind: MethodKind; decorator: A.Expr } | undefined {
  const others = s.decorator_list.filter((d) => !finalDeco.includes(d));
  const [d] = others;
  if (others.length !== 1) return undefined;
  if (d._type === "Attribute" && d.value._type === "Name" && d.value.id === s.name && (d.attr === "setter" || d.attr === "deleter")) {
    return { kind: d.attr, decorator: d };
  }
  if (d._type !== "Name" || ctx.moduleNames.has(d.id) || !(d.id in DESCRIPTOR_DECORATORS)) return undefined;
  return { kind: DESCRIPTOR_DECORATORS[d.id as keyof typeof DESCRIPTOR_DECORATORS], decorator: d };
}

/** A property's getter, setter or deleter (each follows the getter in the class body). */
function declareProperty(ctx: Ctx, info: ClassInfo, s: A.FunctionDef, fn: FunctionInfo, final: boolean): void {
  const prop = info.properties.get(s.name);
  if (fn.kind === "property") {
    info.properties.set(s.name, { name: s.name, getter: fn, final: final || info.final, owner: info });
  } else if (prop?.owner !== info) {
    unsupported(ctx, s, `a property ${fn.kind} without its getter earlier in the class`);
  } else if (fn.kind === "setter") {
    if (fn.params.length !== 2 || fn.params[1].kwonly) unsupported(ctx, s, "property setters not taking (self, value)");
    else prop.setter = fn;
  }
}

/** Declare a module-level def or a method: its signature, scope and native symbol. */
export function declareFunctionDef(ctx: Ctx, s: A.FunctionDef, cls?: ClassInfo, kind?: MethodKind, decorator?: A.Expr): FunctionChecked {
  const a = s.args;
  const simple = a.posonlyargs.length === 0 && !a.vararg && !a.kwarg;
  // @native reports its own errors for its decorators and parameters (natives.ts).
  const nativeDecorated = s.decorator_list.some((d) => isNativeDecorator(ctx, d));
  const native = nativeDecorated ? declareNative(ctx, s) : undefined;
  if (!simple && !nativeDecorated) unsupported(ctx, s, "*args, **kwargs and positional-only parameters");
  const inline = !cls && s.decorator_list.length === 1 && isInlineDecorator(ctx, s.decorator_list[0]);
  // @dynamic_return (static_python.md §6.3): no return CAST, a dynamic result for callers.
  const dynamicReturn = s.decorator_list.some((d) => isDynamicReturn(ctx, d));
  const other = s.decorator_list.find((d) => !isDynamicReturn(ctx, d) && !(inline && isInlineDecorator(ctx, d)));
  if (other && !cls && !nativeDecorated) unsupported(ctx, other, "decorators");
  const body = s.body[0];
  if (inline) checkInlineBody(ctx, s);
  for (const p of [...a.args, ...a.kwonlyargs]) {
    if (p.annotation && ctx.mod.isStatic && isFinalAnnotation(ctx, p.annotation)) error(ctx, p.annotation, FINAL_MISPLACED);
    if (p.annotation && ctx.mod.isStatic && isClassVarAnnotation(ctx, p.annotation)) error(ctx, p.annotation, CLASSVAR_MISPLACED);
  }
  const firstDefault = a.args.length - a.defaults.length;
  const selfParam = cls?.isStatic && (kind === undefined || kind === "property" || kind === "setter" || kind === "deleter");
  const paramType = (p: A.Arg, i: number): SType =>
    i === 0 && selfParam && !p.annotation ? { kind: "instance", cls: cls! } : resolveAnnotation(ctx, p.annotation);
  const params: ParamInfo[] = [
    ...a.args.map((p, i) => ({ name: p.arg, type: paramType(p, i), default: a.defaults[i - firstDefault], kwonly: false })),
    ...a.kwonlyargs.map((p, i) => ({ name: p.arg, type: resolveAnnotation(ctx, p.annotation), default: a.kw_defaults[i] ?? undefined, kwonly: true })),
  ];
  const declaredRet = resolveAnnotation(ctx, s.returns);
  const ret = dynamicReturn && declaredRet.kind !== "prim" ? DYNAMIC : declaredRet;
  // A property's setter and deleter share its getter's name.
  const accessor = kind === "setter" || kind === "deleter" ? `$${kind}` : "";
  const qual = cls ? `${cls.name}.${s.name}${accessor}` : s.name;
  const info: FunctionInfo = { name: s.name, params, ret, symbol: `${ctx.mod.name}.${qual}`, simple, cls, kind, decorator, native };
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
