// The block stack of symbol table pass 1: entering and leaving scopes, and recording a
// name's flags in a block, with CPython 3.11's checks at definition time
// (symtable_enter_block, symtable_add_def, _Py_Mangle).
//
// Consumes: calls from the AST walk (build.ts, expr.ts). Produces: the Block tree
// (symtable.ts), flags filled in, scopes still null; or CompileError.
// Invariants: names are stored mangled; a Block joins its parent's children when it is
// entered (so children keep visiting order), except "annotation" blocks, which never do.
// Example: in `class C:\n  def m(self, __a): ...`, addDef("__a", DEF_PARAM) records
//   _C__a: DEF_PARAM in m's symbols, and appends _C__a to m's varnames.
import { CompileError, type Span } from "../diagnostics.js";
import type * as A from "../parse/ast.js";
import { type Block, type BlockType, FLAG, newBlock } from "./symtable.js";

/** A block while it is being visited, with CPython's per-entry visiting state. */
export interface Frame {
  block: Block;
  /** Visiting a comprehension's `for` target: names bound here get DEF_COMP_ITER. */
  compIterTarget: boolean;
  /** Depth of comprehension iterables being visited: a walrus there is an error. */
  compIterExpr: number;
}

/** `__spam` in class Ham is `_Ham__spam` (CPython's _Py_Mangle). */
function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

export class BlockStack {
  private readonly stack: Frame[] = [];
  /** The module block: every `global` is recorded there too. */
  top!: Block;
  /** The innermost enclosing class's name: what names are mangled with. */
  className: string | null = null;

  constructor(private readonly path: string) {}

  get cur(): Frame {
    return this.stack[this.stack.length - 1];
  }

  /** Frames from the innermost out. */
  outward(): Frame[] {
    return [...this.stack].reverse();
  }

  fail(span: Span, message: string): never {
    throw new CompileError([{ path: this.path, span, message }]);
  }

  enter(type: BlockType, name: string, lineno: number): void {
    const prev = this.stack.length ? this.cur : null;
    const nested = prev !== null && (prev.block.nested || prev.block.type === "function");
    const block = newBlock(type, name, lineno, nested);
    // bpo-37757: a walrus anywhere inside a comprehension's iterable is an error, even in a lambda.
    this.stack.push({ block, compIterTarget: false, compIterExpr: prev?.compIterExpr ?? 0 });
    if (prev && type !== "annotation") prev.block.children.push(block);
    else if (!prev) this.top = block;
  }

  exit(): void {
    this.stack.pop();
  }

  /** The flags of a name in the current block. */
  lookup(name: string): number {
    return this.cur.block.symbols.get(mangle(this.className, name))?.flags ?? 0;
  }

  /** Add `flag` to a name in `frame`'s block: the current one unless a walrus reaches out. */
  addDef(name: string, flag: number, span: Span, frame: Frame = this.cur): void {
    const mangled = mangle(this.className, name);
    const symbols = frame.block.symbols;
    const old = symbols.get(mangled);
    if (old && flag & FLAG.DEF_PARAM && old.flags & FLAG.DEF_PARAM) {
      this.fail(span, `duplicate argument '${name}' in function definition`);
    }
    let flags = (old?.flags ?? 0) | flag;
    if (frame.compIterTarget) {
      if (flags & (FLAG.DEF_GLOBAL | FLAG.DEF_NONLOCAL)) {
        this.fail(span, `comprehension inner loop cannot rebind assignment expression target '${name}'`);
      }
      flags |= FLAG.DEF_COMP_ITER;
    }
    if (old) old.flags = flags;
    else symbols.set(mangled, { flags, scope: null });
    if (flag & FLAG.DEF_PARAM) frame.block.varnames.push(mangled);
    else if (flag & FLAG.DEF_GLOBAL) {
      // The module learns of every `global` anywhere, so it treats the name as its own global.
      const global = this.top.symbols.get(mangled);
      if (global) global.flags |= flag;
      else this.top.symbols.set(mangled, { flags: flag, scope: null });
    }
  }

  /** Remember where a name was declared global/nonlocal, for pass 2's errors. */
  recordDirective(name: string, span: Span): void {
    const mangled = mangle(this.className, name);
    const directives = this.cur.block.directives;
    if (!directives.has(mangled)) directives.set(mangled, span);
  }

  /** Parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs. */
  parameters(args: A.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, FLAG.DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, FLAG.DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, FLAG.DEF_PARAM, args.kwarg);
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected node ${(x as { _type: string })._type}`);
}
