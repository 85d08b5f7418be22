// Symbol table pass 2: give every name in every block its scope, as CPython 3.11's
// analyze_block/analyze_name/analyze_cells/update_symbols do.
//
// Consumes: the module Block from pass 1 (build.ts), flags filled in, scopes null.
// Produces: the same tree with every SymbolInfo.scope set, plus FREE symbols added where a
// name only passes through a block on its way to an inner one; throws CompileError for
// nonlocal/global conflicts, at the first `global`/`nonlocal` naming the name.
// Invariants:
//  - Parents go first, passing down `bound` (names bound in enclosing functions) and
//    `global` (names declared global); children report back the names free in them.
//  - A class body's own bindings are invisible to its methods, but `__class__` is bound
//    there for them; the class drops it from its free set.
// Example: in `def f():\n  x = 1\n  def g(): return x`, g's x is FREE, so f's x is CELL.
import { CompileError, InternalError } from "../diagnostics.js";
import { type Block, DEF_BOUND, FLAG, type Scope } from "./symtable.js";

export function analyze(top: Block, path: string): void {
  analyzeBlock(top, null, new Set(), new Set(), path);
}

/** `bound` is null at module level; `free` collects this block's free names for the parent;
 *  `global` is the caller's copy, updated with what this block learns. */
function analyzeBlock(block: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>, path: string): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newBound = new Set<string>();
  const newFree = new Set<string>();

  // A class's bindings don't reach its methods: they see what the class itself sees.
  if (block.type === "class") {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }
  for (const [name, sym] of block.symbols) {
    scopes.set(name, analyzeName(block, name, sym.flags, bound, local, free, global, path));
  }
  if (block.type !== "class") {
    if (block.type === "function") addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add("__class__");
  }

  // Each child gets its own copies: siblings don't see each other's declarations.
  for (const child of block.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), path);
    addAll(newFree, childFree);
  }

  if (block.type === "function") {
    // A local that an inner block uses freely must live in a cell.
    for (const [name, scope] of scopes) {
      if (scope === "LOCAL" && newFree.delete(name)) scopes.set(name, "CELL");
    }
  } else if (block.type === "class") {
    newFree.delete("__class__");
  }
  updateSymbols(block, scopes, bound, newFree);
  addAll(free, newFree);
}

function analyzeName(
  block: Block, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, path: string,
): Scope {
  const fail = (message: string): never => {
    // Only `global`/`nonlocal` (and walrus targets) set these flags, and each records where.
    const span = block.directives.get(name);
    if (!span) throw new InternalError("scopes", `no directive for '${name}' in ${block.name}`);
    throw new CompileError([{ path, span, message }]);
  };
  if (flags & FLAG.DEF_GLOBAL) {
    if (flags & FLAG.DEF_NONLOCAL) fail(`name '${name}' is nonlocal and global`);
    global.add(name);
    bound?.delete(name);
    return "GLOBAL_EXPLICIT";
  }
  if (flags & FLAG.DEF_NONLOCAL) {
    if (!bound) fail("nonlocal declaration not allowed at module level");
    if (!bound!.has(name)) fail(`no binding for nonlocal '${name}' found`);
    free.add(name);
    return "FREE";
  }
  if (flags & DEF_BOUND) {
    local.add(name);
    global.delete(name);
    return "LOCAL";
  }
  // Bound in an enclosing function: a free variable rather than a global.
  if (bound?.has(name)) {
    free.add(name);
    return "FREE";
  }
  return "GLOBAL_IMPLICIT";
}

/** Record the scopes; then the names free in children: in a class, mark a name the class
 *  binds too; otherwise add names that pass through this block as FREE. */
function updateSymbols(block: Block, scopes: Map<string, Scope>, bound: Set<string> | null, free: Set<string>): void {
  for (const [name, sym] of block.symbols) sym.scope = scopes.get(name)!;
  for (const name of free) {
    const sym = block.symbols.get(name);
    if (sym) {
      if (block.type === "class" && sym.flags & (DEF_BOUND | FLAG.DEF_GLOBAL)) sym.flags |= FLAG.DEF_FREE_CLASS;
      continue;
    }
    // Not bound in any enclosing function: a global, nothing to pass through.
    if (bound && !bound.has(name)) continue;
    block.symbols.set(name, { flags: 0, scope: "FREE" });
  }
}

function addAll(to: Set<string>, from: Iterable<string>): void {
  for (const x of from) to.add(x);
}
