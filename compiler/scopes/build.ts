// Symbol table pass 1 for a module: walk the AST once, as CPython 3.11's symtable_visit_*
// functions do, creating a Block per scope and recording raw facts about each name (DEF_*
// flags); then pass 2 (analyze.ts) gives every name its scope.
//
// Consumes: a Module (parse/ast.ts) and its path (for errors). Produces: the module Block
// (symtable.ts), or throws CompileError with CPython's SyntaxError message and line.
// Invariants: the visiting order is CPython's, field by field (it fixes the order of
// children and which of two errors comes first): a def's defaults, annotations and
// decorators are visited in the enclosing block before the body's block is entered;
// try visits body, else, handlers, finally. Statements here, expressions in expr.ts.
// Example: `def f(a=d): global g` gives
//   module top: f DEF_LOCAL, d USE, g DEF_GLOBAL;  function f: a DEF_PARAM, g DEF_GLOBAL
import type * as A from "../parse/ast.js";
import { analyze } from "./analyze.js";
import { assertNever, BlockStack } from "./blocks.js";
import { ExprVisitor } from "./expr.js";
import { futureFeatures } from "./future.js";
import { type Block, FLAG } from "./symtable.js";

/** Build the symbol tables of a module (both passes). */
export function buildSymtable(mod: A.Module, path: string): Block {
  const builder = new Builder(new BlockStack(path), futureFeatures(mod, path).has("annotations"));
  const top = builder.visitModule(mod);
  analyze(top, path);
  return top;
}

class Builder {
  private readonly exprs: ExprVisitor;

  constructor(
    private readonly blocks: BlockStack,
    private readonly futureAnnotations: boolean,
  ) {
    this.exprs = new ExprVisitor(blocks);
  }

  visitModule(mod: A.Module): Block {
    this.blocks.enter("module", "top", 0);
    mod.body.forEach((s) => this.stmt(s));
    this.blocks.exit();
    return this.blocks.top;
  }

  private expr(e: A.Expr): void {
    this.exprs.expr(e);
  }

  // ---- statements ----

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.blocks.addDef(s.name, FLAG.DEF_LOCAL, s);
        s.args.defaults.forEach((e) => this.expr(e));
        s.args.kw_defaults.forEach((e) => e && this.expr(e));
        this.annotations(s, s.args, s.returns);
        s.decorator_list.forEach((e) => this.expr(e));
        this.blocks.enter("function", s.name, s.lineno);
        this.blocks.parameters(s.args);
        s.body.forEach((b) => this.stmt(b));
        this.blocks.exit();
        break;
      case "ClassDef": {
        this.blocks.addDef(s.name, FLAG.DEF_LOCAL, s);
        s.bases.forEach((e) => this.expr(e));
        s.keywords.forEach((k) => this.expr(k.value));
        s.decorator_list.forEach((e) => this.expr(e));
        this.blocks.enter("class", s.name, s.lineno);
        const outer = this.blocks.className;
        this.blocks.className = s.name;
        s.body.forEach((b) => this.stmt(b));
        this.blocks.className = outer;
        this.blocks.exit();
        break;
      }
      case "Return":
        if (s.value) this.expr(s.value);
        break;
      case "Delete":
        s.targets.forEach((e) => this.expr(e));
        break;
      case "Assign":
        s.targets.forEach((e) => this.expr(e));
        this.expr(s.value);
        break;
      case "AnnAssign":
        this.annAssign(s);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        s.body.forEach((b) => this.stmt(b));
        s.orelse.forEach((b) => this.stmt(b));
        break;
      case "While":
      case "If":
        this.expr(s.test);
        s.body.forEach((b) => this.stmt(b));
        s.orelse.forEach((b) => this.stmt(b));
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          c.body.forEach((b) => this.stmt(b));
        }
        break;
      case "Raise":
        // CPython skips the cause when there is no exception (the parser forbids it anyway).
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        // CPython's order: body, else, handlers, finally.
        s.body.forEach((b) => this.stmt(b));
        s.orelse.forEach((b) => this.stmt(b));
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.blocks.addDef(h.name, FLAG.DEF_LOCAL, h);
          h.body.forEach((b) => this.stmt(b));
        }
        s.finalbody.forEach((b) => this.stmt(b));
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        s.names.forEach((a) => this.alias(a));
        break;
      case "Global":
        this.declare(s, s.names, "global");
        break;
      case "Nonlocal":
        this.declare(s, s.names, "nonlocal");
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        s.body.forEach((b) => this.stmt(b));
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      default:
        assertNever(s);
    }
  }

  /** `global`/`nonlocal`: an error if the name is already a parameter, used, annotated or bound here. */
  private declare(s: A.Global | A.Nonlocal, names: string[], kind: "global" | "nonlocal"): void {
    for (const name of names) {
      const cur = this.blocks.lookup(name);
      if (cur & FLAG.DEF_PARAM) this.blocks.fail(s, `name '${name}' is parameter and ${kind}`);
      if (cur & FLAG.USE) this.blocks.fail(s, `name '${name}' is used prior to ${kind} declaration`);
      if (cur & FLAG.DEF_ANNOT) this.blocks.fail(s, `annotated name '${name}' can't be ${kind}`);
      if (cur & FLAG.DEF_LOCAL) this.blocks.fail(s, `name '${name}' is assigned to before ${kind} declaration`);
      this.blocks.addDef(name, kind === "global" ? FLAG.DEF_GLOBAL : FLAG.DEF_NONLOCAL, s);
      this.blocks.recordDirective(name, s);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target._type === "Name") {
      const cur = this.blocks.lookup(target.id);
      if (cur & (FLAG.DEF_GLOBAL | FLAG.DEF_NONLOCAL) && this.blocks.cur.block !== this.blocks.top && s.simple) {
        this.blocks.fail(s, `annotated name '${target.id}' can't be ${cur & FLAG.DEF_GLOBAL ? "global" : "nonlocal"}`);
      }
      // `(x): int` (not simple) binds x only when it has a value.
      if (s.simple) this.blocks.addDef(target.id, FLAG.DEF_ANNOT | FLAG.DEF_LOCAL, target);
      if (s.value) this.blocks.addDef(target.id, FLAG.DEF_LOCAL, target);
    } else {
      this.expr(target);
    }
    this.annotation(s.annotation);
    if (s.value) this.expr(s.value);
  }

  private alias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    if (name === "*") {
      if (this.blocks.cur.block.type !== "module") this.blocks.fail(a, "import * only allowed at module level");
      return;
    }
    // `import os.path` binds `os`.
    this.blocks.addDef(name.split(".")[0], FLAG.DEF_IMPORT, a);
  }

  // ---- functions ----

  /** Parameter annotations then the return annotation, in the enclosing block. */
  private annotations(s: A.FunctionDef | A.AsyncFunctionDef, args: A.Arguments, returns: A.Expr | null): void {
    if (this.futureAnnotations) this.blocks.enter("annotation", "_annotation", s.lineno);
    const annotate = (a: A.Arg | null) => a?.annotation && this.expr(a.annotation);
    args.posonlyargs.forEach(annotate);
    args.args.forEach(annotate);
    annotate(args.vararg);
    annotate(args.kwarg);
    args.kwonlyargs.forEach(annotate);
    if (this.futureAnnotations) this.blocks.exit();
    if (returns) this.annotation(returns);
  }

  private annotation(e: A.Expr): void {
    if (this.futureAnnotations) this.blocks.enter("annotation", "_annotation", e.lineno);
    this.expr(e);
    if (this.futureAnnotations) this.blocks.exit();
  }

  // ---- patterns ----

  private pattern(p: A.Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
      case "MatchOr":
        p.patterns.forEach((q) => this.pattern(q));
        break;
      case "MatchStar":
        if (p.name) this.blocks.addDef(p.name, FLAG.DEF_LOCAL, p);
        break;
      case "MatchMapping":
        p.keys.forEach((k) => this.expr(k));
        p.patterns.forEach((q) => this.pattern(q));
        if (p.rest) this.blocks.addDef(p.rest, FLAG.DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        p.patterns.forEach((q) => this.pattern(q));
        p.kwd_patterns.forEach((q) => this.pattern(q));
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.blocks.addDef(p.name, FLAG.DEF_LOCAL, p);
        break;
      default:
        assertNever(p);
    }
  }
}
