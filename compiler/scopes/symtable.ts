// Symbol tables: what every name means in every scope, decided as CPython 3.11's
// Python/symtable.c decides it (and as its `symtable` module reports it).
//
// Consumes: nothing (data types only). Built by scopes/build.ts with blocks.ts and expr.ts
// (pass 1: raw facts per name, CPython's symtable_visit_*) and scopes/analyze.ts (pass 2:
// each name's scope); printed by scopes/dump.ts.
// Invariants, once buildSymtable returns:
//  - The table tree is CPython's: one Block per module, class, def, lambda and comprehension
//    (generator expressions included), children in CPython's visiting order. Blocks for
//    `from __future__ import annotations` annotations exist only while building.
//  - Symbol names are mangled (`__x` in class C is `_C__x`), as CPython's symbol dicts are.
//  - Every symbol has a scope; flags keep CPython's DEF_* bits.
// Example: `def f(a):\n  def g(): return a` gives
//   module top line 0          f: LOCAL DEF_LOCAL
//     function f line 1        a: CELL DEF_PARAM
//       function g line 2      a: FREE USE
import type { Span } from "../diagnostics.js";

/** Symbol flags, bit for bit CPython's (Include/internal/pycore_symtable.h). */
export const FLAG = {
  DEF_GLOBAL: 1, // `global` statement
  DEF_LOCAL: 2, // assignment, def, class, for target, del, ...
  DEF_PARAM: 4, // formal parameter
  DEF_NONLOCAL: 8, // `nonlocal` statement (or a walrus in a comprehension, bound outside)
  USE: 16, // read
  DEF_FREE: 32, // never set by 3.11, kept so the dump names every bit
  DEF_FREE_CLASS: 64, // bound in a class and free in one of its methods
  DEF_IMPORT: 128, // bound by import
  DEF_ANNOT: 256, // annotated simple name
  DEF_COMP_ITER: 512, // comprehension iteration variable
} as const;

export type FlagName = keyof typeof FLAG;

/** The flags that make a name local to its block. */
export const DEF_BOUND = FLAG.DEF_LOCAL | FLAG.DEF_PARAM | FLAG.DEF_IMPORT;

export type Scope = "LOCAL" | "GLOBAL_EXPLICIT" | "GLOBAL_IMPLICIT" | "FREE" | "CELL";

/** "annotation" blocks hold annotations under `from __future__ import annotations`;
 *  CPython builds them for their errors but never links them into the tree. */
export type BlockType = "module" | "function" | "class" | "annotation";

export type ComprehensionKind = "list" | "set" | "dict" | "generator";

export interface SymbolInfo {
  flags: number;
  /** Null only while pass 1 runs. */
  scope: Scope | null;
}

/** One scope (CPython's symtable entry). */
export interface Block {
  type: BlockType;
  /** The def or class name; "top", "lambda", "listcomp", "setcomp", "dictcomp", "genexpr". */
  name: string;
  lineno: number;
  /** Inside a function, at any depth. */
  nested: boolean;
  /** Insertion order is CPython's: it decides which error pass 2 reports first. */
  symbols: Map<string, SymbolInfo>;
  /** Parameters in order: positional-only, positional, keyword-only, *args, **kwargs. */
  varnames: string[];
  children: Block[];
  comprehension: ComprehensionKind | null;
  /** Where each `global`/`nonlocal` name (or walrus target) was first declared: pass 2
   *  reports its errors there. */
  directives: Map<string, Span>;
}

export function newBlock(type: BlockType, name: string, lineno: number, nested: boolean): Block {
  return { type, name, lineno, nested, symbols: new Map(), varnames: [], children: [], comprehension: null, directives: new Map() };
}
