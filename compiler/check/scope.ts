// Scopes for the slice: which names a function binds (its locals) and which it declares
// `global`, as CPython's symtable classifies them for functions without nested scopes.
// Nested functions, classes, lambdas and comprehensions are reported as not supported
// by the checker before this matters.
//
//   def f(n):          locals {n, i, total}; `global count` puts count in globals
//       total = 0
//       for i in range(n): total += i

import type * as A from "../parse/ast.js";
import { walrusTargets } from "./walrus.js";

export interface Scope {
  kind: "module" | "function";
  /** Names bound in this scope (function scope only: parameters first, then source order). */
  locals: string[];
  /** Names declared `global` in this function. */
  globals: Set<string>;
}

/** Every Name a statement list binds, in source order (not descending into nested scopes). */
export function boundNames(body: A.Stmt[]): string[] {
  const out: string[] = [];
  const add = (n: string) => { if (!out.includes(n)) out.push(n); };
  const target = (t: A.Expr) => {
    if (t._type === "Name") add(t.id);
    else if (t._type === "Tuple" || t._type === "List") t.elts.forEach(target);
    else if (t._type === "Starred") target(t.value);
  };
  const visit = (s: A.Stmt) => {
    switch (s._type) {
      case "Assign": s.targets.forEach(target); break;
      case "AugAssign": case "AnnAssign": target(s.target); break;
      case "Delete": s.targets.forEach(target); break;
      case "For": case "AsyncFor": target(s.target); s.body.forEach(visit); s.orelse.forEach(visit); break;
      case "While": case "If": s.body.forEach(visit); s.orelse.forEach(visit); break;
      case "With": case "AsyncWith":
        for (const item of s.items) if (item.optional_vars) target(item.optional_vars);
        s.body.forEach(visit);
        break;
      case "Try": case "TryStar":
        s.body.forEach(visit);
        for (const h of s.handlers) { if (h.name) add(h.name); h.body.forEach(visit); }
        s.orelse.forEach(visit); s.finalbody.forEach(visit);
        break;
      case "FunctionDef": case "AsyncFunctionDef": case "ClassDef": add(s.name); break;
      case "Import": case "ImportFrom":
        for (const a of s.names) add(a.asname ?? a.name.split(".")[0]);
        break;
      default: break;
    }
  };
  body.forEach(visit);
  for (const n of walrusTargets(body)) add(n);
  return out;
}

export function globalDecls(body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  const visit = (s: A.Stmt) => {
    if (s._type === "Global") s.names.forEach((n) => out.add(n));
    if ("body" in s && Array.isArray(s.body) && s._type !== "FunctionDef" && s._type !== "AsyncFunctionDef" && s._type !== "ClassDef") {
      (s.body as A.Stmt[]).forEach(visit);
      if ("orelse" in s) (s.orelse as A.Stmt[]).forEach(visit);
    }
  };
  body.forEach(visit);
  return out;
}

export function functionScope(fn: A.FunctionDef): Scope {
  const globals = globalDecls(fn.body);
  const params = [...fn.args.args, ...fn.args.kwonlyargs].map((a) => a.arg);
  const locals = [...params, ...boundNames(fn.body).filter((n) => !params.includes(n) && !globals.has(n))];
  return { kind: "function", locals, globals };
}

export function moduleScope(): Scope {
  return { kind: "module", locals: [], globals: new Set() };
}
