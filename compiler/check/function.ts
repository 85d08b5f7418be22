// Checking one function: its parameters, the local types inference settles, then its body
// (check.ts checkBody) with diagnostics, and whether it may fall off its end.
//
// Unannotated locals take the type of what is assigned to them (static_python.md §2.2):
//   def f() -> None:
//       n = Node(None)      n: Node (every assignment gives a Node or None: Optional[Node])
//       while ...: n = n.next

import { DiagnosticSink, MESSAGES } from "../diagnostics.js";
import { checkBody } from "./check.js";
import { type Ctx, type FunctionChecked, error, forgetRecordsSince, recordMark } from "./context.js";
import { checkNative, isNativeDecorator } from "./natives.js";
import { canFallOff } from "./narrow.js";
import { type ClassInfo, type SType, isNone, isSubclass, optional, typeName } from "./types.js";

/** How many checking passes may refine inferred local types before they must be stable. */
const INFERENCE_PASSES = 6;

export function checkFunction(modCtx: Ctx, fn: FunctionChecked): void {
  const ctx: Ctx = { ...modCtx, scope: fn.scope, locals: fn.locals, ret: fn.info.ret, fn, narrow: new Map() };
  // A @native def has no body to check (natives.ts); its declaration reported any error.
  if (fn.node.decorator_list.some((d) => isNativeDecorator(ctx, d))) {
    if (fn.info.native) checkNative(ctx, fn.node, fn.info.native, fn.info.cls);
    return;
  }
  for (const n of fn.scope.globals) {
    if (fn.info.params.some((p) => p.name === n)) error(ctx, fn.node, `name '${n}' is parameter and global`);
  }
  const real = ctx.sink;
  const mark = recordMark(ctx.mod);
  const params = [...fn.node.args.args, ...fn.node.args.kwonlyargs].filter((p) => p.annotation).map((p) => p.arg);
  const reset = (inferred: Map<string, SType>) => {
    forgetRecordsSince(ctx.mod, mark);
    fn.locals.clear();
    for (const p of fn.info.params) fn.locals.set(p.name, p.type);
    for (const [n, t] of inferred) fn.locals.set(n, t);
    const self = fn.info.cls?.isStatic && fn.info.kind !== "static" && fn.info.kind !== "class" ? fn.info.params[0]?.name : undefined;
    ctx.annotated = new Set([...params, ...(self ? [self] : [])]);
    ctx.narrow = new Map();
    ctx.assigned = new Map();
  };
  // Unannotated locals take the type of what is assigned to them (§2.2). Passes with
  // diagnostics muted settle those types (and the declared types of primitives, from their
  // first assignment), so reads earlier in the text (loops) agree; the last pass reports.
  // Inference is optimistic: a local whose typed assignments agree is assumed to have that
  // type, which may type the assignments that were dynamic only because of it (`x = x.f()`
  // in a loop); if an assignment stays dynamic under the assumption, it is dropped for good.
  let inferred = new Map<string, SType>();
  const rejected = new Set<string>();
  let settled = false;
  for (let pass = 0; pass < INFERENCE_PASSES && !settled; pass++) {
    ctx.sink = new DiagnosticSink(real.source);
    reset(inferred);
    checkBody(ctx, fn.node.body);
    const next = new Map<string, SType>();
    let complete = true;
    for (const [name, types] of ctx.assigned!) {
      if (ctx.annotated!.has(name) || rejected.has(name)) continue;
      const typed = types.filter((t) => t.kind !== "dynamic");
      const t = commonInstanceType(typed);
      if (!t) continue;
      if (typed.length !== types.length) {
        if (inferred.has(name)) { rejected.add(name); continue; }
        complete = false;
      }
      next.set(name, t);
    }
    settled = complete && next.size === inferred.size && [...next].every(([n, t]) => inferred.get(n) && typeName(inferred.get(n)!) === typeName(t));
    inferred = next;
  }
  if (!settled) inferred = new Map();
  ctx.sink = real;
  reset(inferred);
  checkBody(ctx, fn.node.body);
  ctx.assigned = undefined;
  const ret = fn.info.ret;
  const noneOk = ret.kind === "dynamic" || ret.kind === "optional" || (ret.kind === "class" && (ret.name === "NoneType" || ret.name === "object"));
  if (!noneOk && canFallOff(fn.node.body)) error(ctx, fn.node, MESSAGES.implicitNone(typeName(ret)));
}

/** The type of a local assigned exactly these types, when they are instances of static
 *  classes with a common one (and None): that class (Optional when None is among them); or
 *  one checked container type. */
export function commonInstanceType(types: SType[]): SType | undefined {
  // Checked containers: all of one type (no None: their reads need no narrowing).
  if (types.length && types.every((t) => t.kind === "generic" && typeName(t) === typeName(types[0]))) return types[0];
  let cls: ClassInfo | undefined;
  let none = false;
  for (const t of types) {
    const inner = t.kind === "optional" ? t.inner : t;
    if (t.kind === "optional") none = true;
    if (isNone(inner)) { none = true; continue; }
    if (inner.kind !== "instance" || !inner.cls.isStatic) return undefined;
    if (!cls || isSubclass(cls, inner.cls)) cls = inner.cls;
    else if (!isSubclass(inner.cls, cls)) return undefined;
  }
  if (!cls) return undefined;
  const t: SType = { kind: "instance", cls };
  return none ? optional(t) : t;
}
