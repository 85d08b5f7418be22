// What the type checker produces for one module, and the state it carries while checking.
// The HIR builder reads CheckedModule: the static type of every expression, the declared
// type of every local and global, and the native signature of every static function.

import type * as A from "../parse/ast.js";
import type { DiagnosticSink, Span } from "../diagnostics.js";
import { MESSAGES } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import type { Scope } from "./scope.js";
import type { ItemAccess } from "./generics.js";
import { type ClassInfo, ERROR, type FieldInfo, type FunctionInfo, type GenericInfo, type IntPrimName, type MethodInfo, type PrimName, type SType } from "./types.js";

export interface FunctionChecked {
  node: A.FunctionDef;
  info: FunctionInfo;
  scope: Scope;
  /** Declared type of each local (parameters included). */
  locals: Map<string, SType>;
}

export interface CheckedModule {
  /** Module name at run time: "__main__" for the program's main module, else the file stem. */
  name: string;
  /** Whether the module is compiled with Static Python semantics. */
  isStatic: boolean;
  source: SourceFile;
  ast: A.Module;
  /** The static type of every expression, after literals took their context's type. */
  types: Map<A.Expr, SType>;
  functions: FunctionChecked[];
  /** Declared types of module globals (static modules). */
  globals: Map<string, SType>;
  /** Module-level defs called natively, by name. */
  staticFunctions: Map<string, FunctionInfo>;
  /** How each call resolved; calls not listed are ordinary Python calls. */
  calls: Map<A.Call, CallBinding>;
  /** Module-level classes by name, and by their statement. */
  classes: Map<string, ClassInfo>;
  classNodes: Map<A.ClassDef, ClassInfo>;
  /** Attribute expressions (loads and store targets) that are typed fields of a static class. */
  fields: Map<A.Attribute, FieldInfo>;
  /** Loads and stores of narrowable fields (refine-fields.ts): `key` names the hidden
   *  variable holding the value last loaded or stored; `use` loads read it instead. */
  fieldRefinements: Map<A.Attribute, { key: string; use: boolean }>;
  /** Subscripts (loads and store targets) with a fast path: lists indexed by a signed
   *  integer primitive, checked containers. */
  items: Map<A.Subscript, ItemAccess>;
  /** Checked container types used in the module, by name (generics.ts). */
  generics: Map<string, GenericInfo>;
  /** `for` loops over crange(...): counted loops on a primitive (crange.ts). */
  cranges: Set<A.For>;
  /** Dict and list displays built directly as the checked container their context declares. */
  checkedDisplays: Map<A.Expr, GenericInfo>;
  /** Module-level Final constants folded into their uses: name -> the constant (or -constant). */
  finalConsts: Map<string, A.Expr>;
  /** Attribute reads of a static class's ClassVar (or of a field's class default through the
   *  class, or of a property that may be overridden): looked up by name, then CAST to this type. */
  classAttrs: Map<A.Attribute, SType>;
  /** Reads of a final property (or one of a final class): a direct call of its getter. */
  propertyReads: Map<A.Attribute, FunctionInfo>;
  /** Stores to a static class's property with a setter (`direct`: call its native entry). */
  propertyStores: Map<A.Attribute, { setter: FunctionInfo; direct: boolean }>;
}

/** The records keyed by a function's nodes that an inference pass may set and a later pass
 *  not (a call bound to a method while a local was inferred as a class). `types` is not
 *  among them: every visit of an expression records its type again. */
const NODE_RECORDS = [
  "calls", "fields", "fieldRefinements", "items", "cranges", "checkedDisplays", "classAttrs", "propertyReads", "propertyStores",
] as const;

/** How many records there are now (before checking a function). */
export function recordMark(mod: CheckedModule): number[] {
  return NODE_RECORDS.map((k) => mod[k].size);
}

/** Drop the records made since `mark` (insertion order: a function's come after the mark),
 *  so each pass over a function starts from what the passes before it left for others. */
export function forgetRecordsSince(mod: CheckedModule, mark: number[]): void {
  NODE_RECORDS.forEach((k, i) => {
    const records = mod[k] as Map<unknown, unknown> | Set<unknown>;
    let n = 0;
    for (const key of [...records.keys()]) if (n++ >= mark[i]) records.delete(key);
  });
}

export type CallBinding =
  /** Direct native call; `args` holds the argument expression for each parameter, or
   *  undefined where the parameter's constant default is used. */
  | { kind: "static"; fn: FunctionInfo; args: (A.Expr | undefined)[] }
  /** box(p): a primitive to its object. */
  | { kind: "box" }
  /** unbox(o), int8(o) ... double(o), cbool(o): an object to a primitive (checked at run time). */
  | { kind: "unbox"; to: PrimName }
  /** int8(p) of another integer primitive: truncate to the target, re-extend by its sign. */
  | { kind: "convert"; to: IntPrimName }
  /** int64(p) / double(p) of a value already of that primitive type (or one that widens to
   *  it), or of a literal. */
  | { kind: "identity" }
  /** obj.m(...) on a static class: through the vtable (`virtual`) or direct (final). `args`
   *  as for "static", without self (the receiver). */
  | { kind: "method"; method: MethodInfo; args: (A.Expr | undefined)[]; virtual: boolean }
  /** super().m(...) in a method: a direct call of the base class's m with the method's self. */
  | { kind: "super"; method: MethodInfo; args: (A.Expr | undefined)[]; self: string }
  /** math.sqrt(d) of a double: sqrtsd (ValueError below zero, as math.sqrt). */
  | { kind: "sqrt" }
  /** cast(T, v): a CAST of v to `to` (no check when v is statically a `to` already). */
  | { kind: "cast"; to: SType }
  /** rand(): C's rand() as an int64. */
  | { kind: "rand" }
  /** clen(x): len(x) as an int64. */
  | { kind: "clen" }
  /** v.append(x) on a Vector[T]: x a T, appended in place (static_vector.c). */
  | { kind: "vectorAppend"; elem: PrimName }
  /** globals(): the module's dict. */
  | { kind: "globals" }
  /** C(...) of a static class: allocate, then call __init__ directly (`init` undefined: none). */
  | { kind: "new"; cls: ClassInfo; init?: MethodInfo; args: (A.Expr | undefined)[] };

/** Checking state for one scope (the module body or one function). */
export interface Ctx {
  mod: CheckedModule;
  sink: DiagnosticSink;
  scope: Scope;
  /** Declared local types (function scopes). */
  locals: Map<string, SType>;
  /** Return type of the function being checked (module body: undefined). */
  ret?: SType;
  /** Names imported from __static__ that the checker understands, by local name. */
  statics: Map<string, string>;
  /** How many loops enclose the statement being checked (break/continue need one). */
  loopDepth?: number;
  /** Locals annotated so far in this function (a second annotation is an error). */
  annotated?: Set<string>;
  /** Every name the module body binds (globals). */
  moduleNames: Set<string>;
  /** Module globals bound by exactly one statement (and no `global` writer): their type may
   *  be inferred from that assignment (§2.2, module scope). */
  boundOnce: Set<string>;
  /** Names bound by the comprehensions being checked (or a class body's namespace), with
   *  their types, innermost last (they shadow). */
  compScopes: Map<string, SType>[];
  /** Local names of `typing` imports (Optional, final, ...) and modules bound to `typing`. */
  typing: Map<string, string>;
  typingModules: Set<string>;
  /** Module-level aliases of checked container types (`ArrayI64 = Array[int64]`). */
  aliases: Map<string, A.Subscript>;
  /** Module globals bound once, by `import m [as name]`: name -> module. */
  imports: Map<string, string>;
  /** Locals narrowed at this point (`x is not None`, isinstance, assignment). */
  narrow: Map<string, SType>;
  /** Types assigned to each unannotated local in this pass (local type inference). */
  assigned?: Map<string, SType[]>;
  /** Checking a class body's expressions (names bind in the class namespace). */
  classBody?: boolean;
  /** The function being checked (methods: its class and self parameter). */
  fn?: FunctionChecked;
}

export function record(ctx: Ctx, e: A.Expr, t: SType): SType {
  ctx.mod.types.set(e, t);
  return t;
}

export function error(ctx: Ctx, span: Span, message: string): SType {
  ctx.sink.error(span, message);
  return ERROR;
}

export function unsupported(ctx: Ctx, span: Span, what: string): SType {
  ctx.sink.error(span, MESSAGES.notSupported(what));
  return ERROR;
}
