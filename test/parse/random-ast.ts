// Random ASTs for the round-trip property test: seeded, so a failure is replayed from its seed.
//
// Every tree is one the parser could produce (ignoring positions, which are all 0 here):
// contexts are Store/Del where the grammar puts them, f-string Constants are non-empty and
// never adjacent, there are no negative number constants (`-1` is a UnaryOp), starred
// expressions appear only where the grammar allows them, and so on. Semantic checks that
// CPython leaves to the compiler (yield outside a function, break outside a loop) are not
// respected, since `ast.parse` does not make them either.
import type * as ast from "../../compiler/parse/ast.js";

/** mulberry32: a tiny PRNG, good enough to pick tree shapes. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `f` called n times, n in [min, max]. */
  many<T>(min: number, max: number, f: () => T): T[] {
    return Array.from({ length: min + this.int(max - min + 1) }, f);
  }
}

const AT: ast.Located = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
const LOAD: ast.ExprContext = { _type: "Load" };
const STORE: ast.ExprContext = { _type: "Store" };
const DEL: ast.ExprContext = { _type: "Del" };

const NAMES = ["a", "b", "c", "x", "y", "foo", "_x", "é", "\u03a91", "print", "self"];
const STR_CHARS = ["a", "z", " ", "'", '"', "\\", "\n", "\t", "\r", "\0", "{", "}", "é", "\u00a0", "€", "😀", "\u200b", "\ud800", "#", "%"];
/** Characters a string inside an f-string replacement field can hold without a backslash or quote. */
const FIELD_STR_CHARS = ["a", "z", " ", "{", "}", "#", "é", "!", ":", "="];
const SPEC_CHARS = [">", "<", "^", "0", "1", "2", ".", "f", "x", "d", ","];
const BINOPS = ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"] as const;
const UNARYOPS = ["Invert", "Not", "UAdd", "USub"] as const;
const CMPOPS = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"] as const;

export class AstGenerator {
  /** Inside an f-string replacement field: strings must need no escapes, and nesting is limited. */
  private fieldDepth = 0;

  constructor(private readonly rng: Random) {}

  module(): ast.Module {
    return { _type: "Module", body: this.body(2), type_ignores: [] };
  }

  // ---- names and constants ----

  private name(): string {
    return this.rng.pick(NAMES);
  }

  /** `count` distinct names. */
  private distinctNames(count: number): string[] {
    const pool = [...NAMES, "p", "q", "r", "s", "t", "u", "v", "w"];
    const out: string[] = [];
    while (out.length < count) {
      const n = this.rng.pick(pool);
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }

  private nameExpr(ctx: ast.ExprContext = LOAD): ast.Name {
    return { _type: "Name", id: this.name(), ctx, ...AT };
  }

  private text(chars: readonly string[], min: number, max: number): string {
    return this.rng.many(min, max, () => this.rng.pick(chars)).join("");
  }

  private constant(): ast.Constant {
    const r = this.rng;
    const value = ((): ast.ConstantValue => {
      switch (r.int(9)) {
        case 0: return { kind: "int", value: BigInt(r.pick([0, 1, 7, 255, 10 ** 12])) * (r.chance(0.1) ? 10n ** 30n : 1n) };
        case 1: return { kind: "float", value: r.pick([0, 0.5, 1.5, 1e16, 1e-7, 3.141592653589793, 1e300 * 10]) };
        case 2: return { kind: "complex", imag: r.pick([0, 1, 2.5, 1e20]) };
        case 3: return { kind: "bytes", value: Uint8Array.from(r.many(0, 4, () => r.pick([0, 10, 39, 34, 65, 92, 127, 200]))) };
        case 4: return { kind: "bool", value: r.chance(0.5) };
        case 5: return { kind: "None" };
        case 6: return { kind: "Ellipsis" };
        default: return { kind: "str", value: this.text(this.fieldDepth > 0 ? FIELD_STR_CHARS : STR_CHARS, 0, 5) };
      }
    })();
    // Inside a replacement field a bytes literal could need escapes; keep it printable.
    if (this.fieldDepth > 0 && value.kind === "bytes") return { _type: "Constant", value: { kind: "bytes", value: Uint8Array.from([97]) }, kind: null, ...AT };
    const kind = value.kind === "str" && r.chance(0.1) ? "u" : null;
    return { _type: "Constant", value, kind, ...AT };
  }

  // ---- expressions ----

  /** Any Load expression of at most `depth` levels (no starred expression at the top). */
  expr(depth: number): ast.Expr {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) return r.chance(0.5) ? this.nameExpr() : this.constant();
    const d = depth - 1;
    switch (r.int(26)) {
      case 0: return { _type: "BoolOp", op: { _type: r.pick(["And", "Or"] as const) }, values: r.many(2, 3, () => this.expr(d)), ...AT };
      case 1: return { _type: "NamedExpr", target: this.nameExpr(STORE), value: this.expr(d), ...AT };
      case 2: case 3: return { _type: "BinOp", left: this.expr(d), op: { _type: r.pick(BINOPS) }, right: this.expr(d), ...AT };
      case 4: return { _type: "UnaryOp", op: { _type: r.pick(UNARYOPS) }, operand: this.expr(d), ...AT };
      case 5: return { _type: "Lambda", args: this.arguments(d, false), body: this.expr(d), ...AT };
      case 6: return { _type: "IfExp", test: this.expr(d), body: this.expr(d), orelse: this.expr(d), ...AT };
      case 7: {
        const keys = r.many(0, 3, () => (r.chance(0.2) ? null : this.expr(d)));
        return { _type: "Dict", keys, values: keys.map(() => this.expr(d)), ...AT };
      }
      case 8: return { _type: "Set", elts: r.many(1, 3, () => this.element(d)), ...AT };
      case 9: return { _type: r.pick(["ListComp", "SetComp", "GeneratorExp"] as const), elt: this.expr(d), generators: this.generators(d), ...AT };
      case 10: return { _type: "DictComp", key: this.expr(d), value: this.expr(d), generators: this.generators(d), ...AT };
      case 11: return { _type: "Await", value: this.expr(d), ...AT };
      case 12: return { _type: "Yield", value: r.chance(0.3) ? null : this.expr(d), ...AT };
      case 13: return { _type: "YieldFrom", value: this.expr(d), ...AT };
      case 14: {
        const comparators = r.many(1, 3, () => this.expr(d));
        return { _type: "Compare", left: this.expr(d), ops: comparators.map(() => ({ _type: r.pick(CMPOPS) })), comparators, ...AT };
      }
      case 15: case 16: return this.call(d);
      case 17: case 18: return this.fstring(d);
      case 19: return { _type: "Attribute", value: this.expr(d), attr: this.name(), ctx: LOAD, ...AT };
      case 20: return { _type: "Subscript", value: this.expr(d), slice: this.slice(d), ctx: LOAD, ...AT };
      case 21: return { _type: "List", elts: r.many(0, 3, () => this.element(d)), ctx: LOAD, ...AT };
      case 22: return { _type: "Tuple", elts: r.many(0, 3, () => this.element(d)), ctx: LOAD, ...AT };
      default: return r.chance(0.5) ? this.nameExpr() : this.constant();
    }
  }

  /** An element of a tuple, list or set display, or a call argument: maybe starred. */
  private element(depth: number): ast.Expr {
    if (this.rng.chance(0.15)) return { _type: "Starred", value: this.expr(depth), ctx: LOAD, ...AT };
    return this.expr(depth);
  }

  private call(d: number): ast.Call {
    const r = this.rng;
    const keywords = this.distinctNames(r.int(3)).map((arg): ast.Keyword => ({ _type: "keyword", arg, value: this.expr(d), ...AT }));
    if (r.chance(0.2)) keywords.push({ _type: "keyword", arg: null, value: this.expr(d), ...AT });
    return { _type: "Call", func: this.expr(d), args: r.many(0, 3, () => this.element(d)), keywords, ...AT };
  }

  private slice(d: number): ast.Expr {
    const r = this.rng;
    const one = (): ast.Expr => {
      if (r.chance(0.4)) {
        const part = () => (r.chance(0.5) ? this.expr(d) : null);
        return { _type: "Slice", lower: part(), upper: part(), step: part(), ...AT };
      }
      return this.expr(d);
    };
    if (r.chance(0.3)) return { _type: "Tuple", elts: r.many(1, 3, () => (r.chance(0.15) ? this.element(d) : one())), ctx: LOAD, ...AT };
    return one();
  }

  private generators(d: number): ast.Comprehension[] {
    return this.rng.many(1, 2, () => ({
      _type: "comprehension", target: this.target(d, STORE), iter: this.expr(d),
      ifs: this.rng.many(0, 2, () => this.expr(d)), is_async: this.rng.chance(0.2) ? 1 : 0,
    }));
  }

  /** An f-string: literal text and replacement fields alternate, as the parser merges adjacent text. */
  private fstring(d: number): ast.JoinedStr {
    const r = this.rng;
    // Each nesting level uses up quote kinds; two levels always fit.
    if (this.fieldDepth >= 2) return { _type: "JoinedStr", values: [this.literal(FIELD_STR_CHARS)], ...AT };
    // Inside a replacement field even the literal text must be written without escapes.
    const chars = this.fieldDepth > 0 ? FIELD_STR_CHARS : STR_CHARS;
    const values: ast.Expr[] = [];
    for (let i = r.int(4); i >= 0; i--) {
      const afterLiteral = values.length > 0 && values[values.length - 1]._type === "Constant";
      values.push(!afterLiteral && r.chance(0.4) ? this.literal(chars) : this.field(d));
    }
    return { _type: "JoinedStr", values, ...AT };
  }

  private literal(chars: readonly string[]): ast.Constant {
    return { _type: "Constant", value: { kind: "str", value: this.text(chars, 1, 4) }, kind: null, ...AT };
  }

  private field(d: number): ast.FormattedValue {
    const r = this.rng;
    this.fieldDepth++;
    const value = this.expr(d);
    let format_spec: ast.JoinedStr | null = null;
    if (r.chance(0.3)) {
      const values: ast.Expr[] = [this.literal(SPEC_CHARS)];
      if (r.chance(0.3)) values.push({ _type: "FormattedValue", value: this.nameExpr(), conversion: -1, format_spec: null, ...AT });
      format_spec = { _type: "JoinedStr", values, ...AT };
    }
    this.fieldDepth--;
    return { _type: "FormattedValue", value, conversion: r.pick([-1, -1, 115, 114, 97]), format_spec, ...AT };
  }

  /** An assignment or loop target: a name, attribute, subscript, or tuple/list of targets. */
  private target(d: number, ctx: ast.ExprContext, starred = false): ast.Expr {
    const r = this.rng;
    if (starred && ctx._type === "Store" && r.chance(0.2)) return { _type: "Starred", value: this.target(0, ctx), ctx, ...AT };
    switch (d <= 0 ? 0 : r.int(6)) {
      case 1: return { _type: "Attribute", value: this.expr(d - 1), attr: this.name(), ctx, ...AT };
      case 2: return { _type: "Subscript", value: this.expr(d - 1), slice: this.slice(d - 1), ctx, ...AT };
      case 3: return { _type: "Tuple", elts: r.many(ctx._type === "Del" ? 0 : 1, 3, () => this.target(d - 1, ctx, true)), ctx, ...AT };
      case 4: return { _type: "List", elts: r.many(0, 3, () => this.target(d - 1, ctx, true)), ctx, ...AT };
      default: return this.nameExpr(ctx);
    }
  }

  private arguments(d: number, annotated: boolean): ast.Arguments {
    const r = this.rng;
    const names = this.distinctNames(8);
    const arg = (): ast.Arg => ({ _type: "arg", arg: names.pop()!, annotation: annotated && r.chance(0.4) ? this.expr(d) : null, type_comment: null, ...AT });
    const posonlyargs = r.chance(0.2) ? r.many(1, 2, arg) : [];
    const args = r.many(0, 2, arg);
    const vararg = r.chance(0.2) ? arg() : null;
    const kwonlyargs = r.chance(0.3) ? r.many(1, 2, arg) : [];
    const kwarg = r.chance(0.2) ? arg() : null;
    const positional = posonlyargs.length + args.length;
    const defaults = r.many(0, positional, () => this.expr(d)).slice(0, positional);
    const kw_defaults = kwonlyargs.map(() => (r.chance(0.5) ? this.expr(d) : null));
    return { _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  // ---- statements ----

  private body(depth: number): ast.Stmt[] {
    return this.rng.many(1, 3, () => this.stmt(depth));
  }

  stmt(depth: number): ast.Stmt {
    const r = this.rng;
    const e = 3;
    if (depth <= 0 && r.chance(0.5)) return { _type: "Pass", ...AT };
    const d = depth - 1;
    const compound = depth > 0 ? r.int(12) : 0;
    switch (compound) {
      case 1: return { _type: "If", test: this.expr(e), body: this.body(d), orelse: r.chance(0.5) ? this.body(d) : [], ...AT };
      case 2: return { _type: "While", test: this.expr(e), body: this.body(d), orelse: r.chance(0.3) ? this.body(d) : [], ...AT };
      case 3: return {
        _type: r.pick(["For", "AsyncFor"] as const), target: this.target(2, STORE), iter: this.rhs(e), body: this.body(d),
        orelse: r.chance(0.3) ? this.body(d) : [], type_comment: null, ...AT,
      };
      case 4: return {
        _type: r.pick(["With", "AsyncWith"] as const), body: this.body(d), type_comment: null, ...AT,
        items: r.many(1, 2, () => ({ _type: "withitem", context_expr: this.expr(e), optional_vars: r.chance(0.5) ? this.target(2, STORE) : null })),
      };
      case 5: return this.tryStatement(d);
      case 6: return {
        _type: r.pick(["FunctionDef", "AsyncFunctionDef"] as const), name: this.name(), args: this.arguments(2, true), body: this.body(d),
        decorator_list: r.many(0, 2, () => this.expr(2)), returns: r.chance(0.3) ? this.expr(2) : null, type_comment: null, ...AT,
      };
      case 7: return {
        _type: "ClassDef", name: this.name(), bases: r.many(0, 2, () => this.element(2)),
        keywords: this.distinctNames(r.int(2)).map((arg) => ({ _type: "keyword", arg, value: this.expr(2), ...AT })),
        body: this.body(d), decorator_list: r.many(0, 1, () => this.expr(2)), ...AT,
      };
      case 8: return {
        _type: "Match", subject: this.rhs(2), ...AT,
        cases: r.many(1, 3, () => ({ _type: "match_case", pattern: this.pattern(2), guard: r.chance(0.3) ? this.expr(2) : null, body: this.body(d) })),
      };
      default: return this.simpleStmt(e);
    }
  }

  /** The right-hand side of an assignment or a return: an expression or an unparenthesised tuple with stars. */
  private rhs(e: number): ast.Expr {
    if (this.rng.chance(0.2)) return { _type: "Tuple", elts: this.rng.many(1, 3, () => this.element(e - 1)), ctx: LOAD, ...AT };
    return this.expr(e);
  }

  private simpleStmt(e: number): ast.Stmt {
    const r = this.rng;
    const aliases = (dotted: boolean) => r.many(1, 2, (): ast.Alias => ({
      _type: "alias", name: dotted && r.chance(0.3) ? `${this.name()}.${this.name()}` : this.name(), asname: r.chance(0.3) ? this.name() : null, ...AT,
    }));
    const single = (): ast.Expr => r.pick([this.nameExpr(STORE), this.target(1, STORE)].filter((t) => t._type !== "Tuple" && t._type !== "List"));
    switch (r.int(16)) {
      case 0: return { _type: "Assign", targets: r.many(1, 2, () => this.target(2, STORE)), value: this.rhs(e), type_comment: null, ...AT };
      case 1: return { _type: "AugAssign", target: single(), op: { _type: r.pick(BINOPS) }, value: this.rhs(e), ...AT };
      case 2: {
        const target = single();
        return { _type: "AnnAssign", target, annotation: this.expr(2), value: r.chance(0.5) ? this.rhs(e) : null, simple: target._type === "Name" && r.chance(0.7) ? 1 : 0, ...AT };
      }
      case 3: return { _type: "Return", value: r.chance(0.3) ? null : this.rhs(e), ...AT };
      case 4: return { _type: "Delete", targets: r.many(1, 2, () => this.target(2, DEL)), ...AT };
      case 5: return { _type: r.pick(["Pass", "Break", "Continue"] as const), ...AT };
      case 6: {
        const exc = r.chance(0.3) ? null : this.expr(e);
        return { _type: "Raise", exc, cause: exc && r.chance(0.3) ? this.expr(e) : null, ...AT };
      }
      case 7: return { _type: "Assert", test: this.expr(e), msg: r.chance(0.5) ? this.expr(e) : null, ...AT };
      case 8: return { _type: r.pick(["Global", "Nonlocal"] as const), names: this.distinctNames(1 + r.int(2)), ...AT };
      case 9: return { _type: "Import", names: aliases(true), ...AT };
      case 10: {
        const level = r.int(3);
        const names = r.chance(0.2) ? [{ _type: "alias" as const, name: "*", asname: null, ...AT }] : aliases(false);
        return { _type: "ImportFrom", module: level > 0 && r.chance(0.5) ? null : this.name(), names, level, ...AT };
      }
      default: return { _type: "Expr", value: this.rhs(e), ...AT };
    }
  }

  private tryStatement(d: number): ast.Try | ast.TryStar {
    const r = this.rng;
    const star = r.chance(0.3);
    const handlers = r.many(star ? 1 : 0, 2, (): ast.ExceptHandler => {
      const type = star || r.chance(0.8) ? this.expr(2) : null;
      return { _type: "ExceptHandler", type, name: type && r.chance(0.5) ? this.name() : null, body: this.body(d), ...AT };
    });
    // A bare `except:` must come last.
    handlers.sort((a, b) => Number(a.type === null) - Number(b.type === null));
    const orelse = handlers.length > 0 && r.chance(0.3) ? this.body(d) : [];
    const finalbody = handlers.length === 0 || r.chance(0.3) ? this.body(d) : [];
    return { _type: star ? "TryStar" : "Try", body: this.body(d), handlers, orelse, finalbody, ...AT };
  }

  // ---- patterns ----

  private pattern(depth: number): ast.Pattern {
    const r = this.rng;
    const d = depth - 1;
    const capture = () => this.distinctNames(1)[0];
    switch (depth <= 0 ? r.int(3) : r.int(9)) {
      case 0: {
        const value: ast.Expr = r.pick<() => ast.Expr>([
          () => ({ _type: "Constant", value: { kind: "int", value: 5n }, kind: null, ...AT }),
          () => ({ _type: "Constant", value: { kind: "str", value: this.text(STR_CHARS, 0, 3) }, kind: null, ...AT }),
          () => ({ _type: "UnaryOp", op: { _type: "USub" }, operand: { _type: "Constant", value: { kind: "float", value: 1.5 }, kind: null, ...AT }, ...AT }),
          () => ({ _type: "Attribute", value: this.nameExpr(), attr: this.name(), ctx: LOAD, ...AT }),
        ])();
        return { _type: "MatchValue", value, ...AT };
      }
      case 1: return { _type: "MatchSingleton", value: r.pick<ast.ConstantValue>([{ kind: "None" }, { kind: "bool", value: true }, { kind: "bool", value: false }]), ...AT };
      case 2: return { _type: "MatchAs", pattern: null, name: r.chance(0.5) ? capture() : null, ...AT };
      case 3: {
        const patterns = r.many(0, 3, () => this.pattern(d));
        if (r.chance(0.3)) patterns.splice(r.int(patterns.length + 1), 0, { _type: "MatchStar", name: r.chance(0.5) ? capture() : null, ...AT });
        return { _type: "MatchSequence", patterns, ...AT };
      }
      case 4: {
        const keys = r.many(0, 2, (): ast.Expr => ({ _type: "Constant", value: { kind: "int", value: BigInt(r.int(100)) }, kind: null, ...AT }));
        return { _type: "MatchMapping", keys, patterns: keys.map(() => this.pattern(d)), rest: r.chance(0.3) ? capture() : null, ...AT };
      }
      case 5: {
        const kwd_attrs = this.distinctNames(r.int(3));
        const cls: ast.Expr = r.chance(0.7) ? this.nameExpr() : { _type: "Attribute", value: this.nameExpr(), attr: this.name(), ctx: LOAD, ...AT };
        return { _type: "MatchClass", cls, patterns: r.many(0, 2, () => this.pattern(d)), kwd_attrs, kwd_patterns: kwd_attrs.map(() => this.pattern(d)), ...AT };
      }
      case 6: return { _type: "MatchAs", pattern: this.pattern(d), name: capture(), ...AT };
      case 7: return { _type: "MatchOr", patterns: r.many(2, 3, () => this.pattern(d)), ...AT };
      default: return this.pattern(0);
    }
  }
}
