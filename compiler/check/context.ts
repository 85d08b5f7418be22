// What the type checker produces for one module, and the state it carries while checking.
// The HIR builder reads CheckedModule: the static type of every expression, the declared
// type of every local and global, and the native signature of every static function.

import type * as A from "../parse/ast.js";
import type { DiagnosticSink, Span } from "../diagnostics.js";
import { MESSAGES } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import type { Scope } from "./scope.js";
import { ERROR, type FunctionInfo, type SType } from "./types.js";

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
}

export type CallBinding =
  /** Direct native call; `args` holds the argument expression for each parameter, or
   *  undefined where the parameter's constant default is used. */
  | { kind: "static"; fn: FunctionInfo; args: (A.Expr | undefined)[] }
  /** box(p): a primitive to its object. */
  | { kind: "box" }
  /** unbox(o), int64(o), double(o): an object to a primitive (checked at run time). */
  | { kind: "unbox"; to: "int64" | "double" }
  /** int64(p) / double(p) of a value already of that primitive type, or of a literal. */
  | { kind: "identity" };

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
  /** Names bound by the comprehensions being checked, innermost last (they shadow). */
  compScopes: Set<string>[];
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
