// The diagnostic catalog and the two error paths the compiler keeps apart:
//  - CompileError: the user's program is wrong (or uses something not supported yet).
//    Collected per module, printed as `PATH:LINE:COL: error: MESSAGE`, the source line and a
//    caret underline; exit status 1.
//  - InternalError: a bug in cinderc. Printed as `internal compiler error` with the stage
//    and location; exit status 70. A bug must never look like a user diagnostic.
// Messages use Static Python's wording where Cinder has one (static_python.md §9).
import type { SourceFile } from "./source.js";

/** A CPython-style position: 1-based lines, 0-based UTF-8 byte columns. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

export const MESSAGES = {
  syntax: (msg: string) => msg,
  notSupported: (what: string) => `${what} is not supported yet`,
  typeMismatch: (src: string, dst: string) => `type mismatch: ${src} cannot be assigned to ${dst}`,
  argMismatch: (src: string, param: string, dst: string) =>
    `type mismatch: ${src} received for positional arg '${param}', expected ${dst}`,
  argIndexMismatch: (src: string, position: number, dst: string) =>
    `type mismatch: ${src} received for positional arg ${position}, expected ${dst}`,
  kwargMismatch: (src: string, param: string, dst: string) =>
    `type mismatch: ${src} received for keyword arg '${param}', expected ${dst}`,
  returnMismatch: (dst: string, src: string) =>
    `mismatched types: expected ${dst} because of return type, found ${src} instead`,
  argCount: (callable: string, expected: number, got: number) =>
    `Mismatched number of args for ${callable}. Expected ${expected}, got ${got}`,
  unknownKeyword: (kw: string, callable: string) => `Given argument ${kw} does not exist in the definition of ${callable}`,
  missingArg: (callable: string, param: string) => `Function ${callable} expects a value for argument ${param}`,
  undefinedName: (name: string) => `Name \`${name}\` is not defined.`,
  redefineLocal: (name: string) => `Cannot redefine local variable ${name}`,
  primitiveScope: () => "cannot use primitives in global or closure scope",
  primitiveArg: () => "Call argument cannot be a primitive",
  binop: (op: string, l: string, r: string) => `cannot ${op} ${l} and ${r}`,
  compare: (l: string, r: string) => `can't compare ${l} to ${r}`,
  boxNonPrimitive: (t: string) => `can't box non-primitive: ${t}`,
  implicitNone: (t: string) => `Function has declared return type '${t}' but can implicitly return None.`,
  unsupportedStaticImport: (name: string) => `unsupported static import ${name}`,
  staticImportStar: () => "from __static__ import * is disallowed",
  invertDouble: () => "Cannot invert/not a double",
  cboolOperand: (op: string) => `cbool is not a valid operand type for ${op}`,
  primitiveRequiresOne: (prim: string, n: number) => `${prim} requires a single argument (${n} given)`,
  doubleFrom: (t: string) => `type mismatch: double cannot be created from ${t}`,
} as const;

export interface Diagnostic {
  path: string;
  span: Span;
  message: string;
}

/** One or more user errors in a module (syntax, types, unsupported constructs). */
export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.path}:${d.span.lineno}:${d.span.col_offset + 1}: error: ${d.message}`).join("\n"));
  }
}

/** A bug in cinderc: which stage, and where in the user's program it was working. */
export class InternalError extends Error {
  constructor(readonly stage: string, message: string, readonly location?: string, cause?: string) {
    super(message);
    if (cause) this.stack = cause;
  }
}

/** Accumulates a module's diagnostics; `check()` throws them together at a checkpoint. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly source: SourceFile) {}

  /** Record an error; the same message at the same place is reported once (an expression
   *  the checker visits twice, e.g. a call's receiver, must not repeat its diagnostic). */
  error(span: Span, message: string): void {
    const same = (d: Diagnostic) => d.message === message && d.span.lineno === span.lineno && d.span.col_offset === span.col_offset;
    if (!this.diagnostics.some(same)) this.diagnostics.push({ path: this.source.path, span, message });
  }

  notSupported(span: Span, what: string): void {
    this.error(span, MESSAGES.notSupported(what));
  }

  check(): void {
    if (this.diagnostics.length) throw new CompileError(this.diagnostics);
  }
}

/** `PATH:LINE:COL: error: MESSAGE`, the source line, and a caret underline of the span. */
export function formatDiagnostic(d: Diagnostic, source: SourceFile | undefined): string {
  const col = source ? source.charColumn(d.span.lineno, d.span.col_offset) : d.span.col_offset;
  let out = `${d.path}:${d.span.lineno}:${col + 1}: error: ${d.message}\n`;
  if (source) {
    const text = source.line(d.span.lineno);
    let width = 1;
    if (d.span.end_lineno === d.span.lineno && d.span.end_col_offset != null) {
      width = Math.max(1, source.charColumn(d.span.lineno, d.span.end_col_offset) - col);
    }
    out += `${text}\n${" ".repeat(col)}^${"~".repeat(width - 1)}\n`;
  }
  return out;
}
