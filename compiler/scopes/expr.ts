// Symbol table pass 1 for expressions: names read and bound, lambdas, and comprehension
// scopes with their CPython 3.11 rules (symtable_visit_expr, symtable_handle_comprehension,
// symtable_extend_namedexpr_scope).
//
// Consumes: expression nodes, through the BlockStack of the module being built.
// Produces: flags and child blocks in the stack's Block tree; or CompileError.
// Invariants: a comprehension's first iterable is visited in the enclosing block, the rest
// of it in its own "function" block, whose parameter `.0` is that iterable; a walrus
// target inside a comprehension binds in the nearest function (or the module).
// Example: `[y for x in xs if (y := x)]` inside `def f()` gives
//   function f: xs USE, y DEF_LOCAL, listcomp (child)
//   listcomp:   .0 DEF_PARAM, x DEF_LOCAL|DEF_COMP_ITER, y DEF_NONLOCAL|DEF_LOCAL|USE
import type * as A from "../parse/ast.js";
import { assertNever, type BlockStack } from "./blocks.js";
import { FLAG } from "./symtable.js";

export class ExprVisitor {
  constructor(private readonly blocks: BlockStack) {}

  expr(e: A.Expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.notInAnnotation(e, "named expression");
        this.namedExpr(e);
        break;
      case "BoolOp":
        e.values.forEach((v) => this.expr(v));
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        e.args.defaults.forEach((d) => this.expr(d));
        e.args.kw_defaults.forEach((d) => d && this.expr(d));
        this.blocks.enter("function", "lambda", e.lineno);
        this.blocks.parameters(e.args);
        this.expr(e.body);
        this.blocks.exit();
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        // All keys, then all values.
        e.keys.forEach((k) => k && this.expr(k));
        e.values.forEach((v) => this.expr(v));
        break;
      case "Set":
        e.elts.forEach((x) => this.expr(x));
        break;
      case "GeneratorExp":
        this.comprehension(e, "generator", "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.comprehension(e, "list", "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.comprehension(e, "set", "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.comprehension(e, "dict", "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.notInAnnotation(e, "yield expression");
        if (e.value) this.expr(e.value);
        this.yieldInComprehension(e);
        break;
      case "Await":
        this.notInAnnotation(e, "await expression");
        this.expr(e.value);
        break;
      case "Compare":
        this.expr(e.left);
        e.comparators.forEach((c) => this.expr(c));
        break;
      case "Call":
        this.expr(e.func);
        e.args.forEach((a) => this.expr(a));
        e.keywords.forEach((k) => this.expr(k.value));
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        e.values.forEach((v) => this.expr(v));
        break;
      case "Constant":
        break;
      case "Attribute":
      case "Starred":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case "Name":
        this.blocks.addDef(e.id, e.ctx._type === "Load" ? FLAG.USE : FLAG.DEF_LOCAL, e);
        // `super()` needs the method's class: it counts as a use of the `__class__` cell.
        if (e.ctx._type === "Load" && e.id === "super" && this.blocks.cur.block.type === "function") {
          this.blocks.addDef("__class__", FLAG.USE, e);
        }
        break;
      case "List":
      case "Tuple":
        e.elts.forEach((x) => this.expr(x));
        break;
      default:
        assertNever(e);
    }
  }

  /** Under `from __future__ import annotations`, annotations stay strings: these can't be in one. */
  private notInAnnotation(e: A.Expr, what: string): void {
    if (this.blocks.cur.block.type === "annotation") this.blocks.fail(e, `'${what}' can not be used within an annotation`);
  }

  private yieldInComprehension(e: A.Yield | A.YieldFrom): void {
    const kind = this.blocks.cur.block.comprehension;
    if (kind === null) return;
    const where = { list: "list comprehension", set: "set comprehension", dict: "dict comprehension", generator: "generator expression" };
    this.blocks.fail(e, `'yield' inside ${where[kind]}`);
  }

  private comprehension(
    e: A.Expr, kind: "list" | "set" | "dict" | "generator", name: string,
    generators: A.Comprehension[], elt: A.Expr, value: A.Expr | null,
  ): void {
    const [outermost, ...rest] = generators;
    // The first iterable is evaluated outside and passed in as the parameter `.0`.
    this.blocks.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.blocks.cur.compIterExpr--;
    this.blocks.enter("function", name, e.lineno);
    this.blocks.cur.block.comprehension = kind;
    this.blocks.addDef(".0", FLAG.DEF_PARAM, e);
    this.compTarget(outermost.target);
    outermost.ifs.forEach((x) => this.expr(x));
    for (const g of rest) {
      this.compTarget(g.target);
      this.blocks.cur.compIterExpr++;
      this.expr(g.iter);
      this.blocks.cur.compIterExpr--;
      g.ifs.forEach((x) => this.expr(x));
    }
    // A dict comprehension visits the value before the key.
    if (value) this.expr(value);
    this.expr(elt);
    this.blocks.exit();
  }

  private compTarget(target: A.Expr): void {
    this.blocks.cur.compIterTarget = true;
    this.expr(target);
    this.blocks.cur.compIterTarget = false;
  }

  private namedExpr(e: A.NamedExpr): void {
    if (this.blocks.cur.compIterExpr > 0) this.blocks.fail(e, "assignment expression cannot be used in a comprehension iterable expression");
    if (this.blocks.cur.block.comprehension) this.bindWalrusOutside(e.target as A.Name);
    this.expr(e.value);
    this.expr(e.target);
  }

  /** A walrus in a comprehension binds in the nearest enclosing function (or the module),
   *  and the comprehension reaches it as nonlocal (or global). */
  private bindWalrusOutside(target: A.Name): void {
    const name = target.id;
    for (const frame of this.blocks.outward()) {
      const block = frame.block;
      // CPython looks the target up unmangled here.
      const flags = block.symbols.get(name)?.flags ?? 0;
      if (block.comprehension) {
        if (flags & FLAG.DEF_COMP_ITER) this.blocks.fail(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
        continue;
      }
      if (block.type === "function") {
        this.blocks.addDef(name, flags & FLAG.DEF_GLOBAL ? FLAG.DEF_GLOBAL : FLAG.DEF_NONLOCAL, target);
        this.blocks.recordDirective(name, target);
        this.blocks.addDef(name, FLAG.DEF_LOCAL, target, frame);
        return;
      }
      if (block.type === "module") {
        this.blocks.addDef(name, FLAG.DEF_GLOBAL, target);
        this.blocks.recordDirective(name, target);
        this.blocks.addDef(name, FLAG.DEF_GLOBAL, target, frame);
        return;
      }
      if (block.type === "class") this.blocks.fail(target, "assignment expression within a comprehension cannot be used in a class body");
    }
  }

}
