// AST back to Python source, like CPython's `ast.unparse`: the inverse of the parser up to
// positions, used by the round-trip property test (test/parse/roundtrip.test.ts).
//
// Consumes: a Module, statement or expression (ast.ts). Produces: source text ending in a
// newline (statements) or one expression.
// Invariants:
//  - parseText(unparse(tree)) equals tree ignoring positions, for every tree the parser can
//    produce; parentheses appear only where precedence or the grammar needs them.
//  - Precedence levels are CPython's `_Precedence` (Lib/ast.py); an operand printed at level L
//    is parenthesised when its own level is lower than L.
//  - f-string replacement fields contain no backslash and no quote that would end the
//    enclosing literal (3.11's tokenizer rules); when that is impossible, unparse throws, as
//    ast.unparse raises ValueError.
// Example: BinOp(BinOp(a, Add, b), Mult, c) -> "(a + b) * c";
//   If(x, [Pass], [If(y, [Pass], [])]) -> "if x:\n    pass\nelif y:\n    pass\n".
import type {
  Arg, Arguments, Comprehension, ConstantValue, ExceptHandler, Expr, JoinedStr, Keyword, MatchCase,
  Mod, Pattern, Stmt, StrValue, WithItem,
} from "./ast.js";
import { isPrintable, reprBytes, reprFloat, strCodePoints } from "./repr.js";

/** CPython's _Precedence, lowest binding first. */
const enum Prec {
  NamedExpr, Tuple, Yield, Test, Or, And, Not, Cmp, BitOr, BitXor, BitAnd, Shift, Arith, Term, Factor, Power, Await, Atom,
}

const BINARY: Record<string, { text: string; prec: Prec }> = {
  Add: { text: "+", prec: Prec.Arith }, Sub: { text: "-", prec: Prec.Arith },
  Mult: { text: "*", prec: Prec.Term }, MatMult: { text: "@", prec: Prec.Term }, Div: { text: "/", prec: Prec.Term },
  Mod: { text: "%", prec: Prec.Term }, FloorDiv: { text: "//", prec: Prec.Term }, Pow: { text: "**", prec: Prec.Power },
  LShift: { text: "<<", prec: Prec.Shift }, RShift: { text: ">>", prec: Prec.Shift },
  BitOr: { text: "|", prec: Prec.BitOr }, BitXor: { text: "^", prec: Prec.BitXor }, BitAnd: { text: "&", prec: Prec.BitAnd },
};
const UNARY: Record<string, { text: string; prec: Prec }> = {
  Not: { text: "not ", prec: Prec.Not }, Invert: { text: "~", prec: Prec.Factor },
  UAdd: { text: "+", prec: Prec.Factor }, USub: { text: "-", prec: Prec.Factor },
};
const COMPARE: Record<string, string> = {
  Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
};

const QUOTES = ["'", '"', "'''", '"""'] as const;
type Quote = (typeof QUOTES)[number];

/** Where an expression is printed: inside an f-string field some quotes and `\` are off limits. */
interface Context {
  quotes: readonly Quote[];
  inFString: boolean;
}
const TOP: Context = { quotes: QUOTES, inFString: false };

export function unparse(node: Mod | Stmt | Expr): string {
  if (node._type === "Module" || node._type === "Interactive") return block(node.body, "");
  if (node._type === "Expression") return expr(node.body, Prec.Tuple, TOP);
  if (node._type === "FunctionType") throw new Error("unparse: FunctionType is not supported");
  return isStmt(node) ? stmt(node, "") : expr(node, Prec.Tuple, TOP);
}

function isStmt(node: Stmt | Expr): node is Stmt {
  return STATEMENTS.has(node._type);
}
const STATEMENTS = new Set([
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor",
  "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
  "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);

// ---- statements ----

function block(body: Stmt[], indent: string): string {
  return body.map((s) => stmt(s, indent)).join("");
}

function suite(header: string, body: Stmt[], indent: string): string {
  return `${indent}${header}:\n${block(body, indent + "    ")}`;
}

/** The value of an assignment or expression statement: a yield or unparenthesised tuple. */
function rhs(value: Expr): string {
  return expr(value, Prec.Tuple, TOP);
}

/** The grammar's star_expressions: an unparenthesised tuple, but a yield needs parentheses. */
function starExpressions(value: Expr, ctx: Context): string {
  return expr(value, value._type === "Tuple" ? Prec.Tuple : Prec.Test, ctx);
}

function stmt(node: Stmt, indent: string): string {
  const line = (text: string) => `${indent}${text}\n`;
  switch (node._type) {
    case "Expr":
      return line(rhs(node.value));
    case "Assign":
      return line([...node.targets.map((t) => expr(t, Prec.Tuple, TOP)), rhs(node.value)].join(" = "));
    case "AugAssign":
      return line(`${expr(node.target, Prec.Tuple, TOP)} ${BINARY[node.op._type].text}= ${rhs(node.value)}`);
    case "AnnAssign": {
      const target = node.simple === 0 && node.target._type === "Name" ? `(${node.target.id})` : expr(node.target, Prec.Test, TOP);
      const value = node.value ? ` = ${rhs(node.value)}` : "";
      return line(`${target}: ${expr(node.annotation, Prec.Test, TOP)}${value}`);
    }
    case "Return":
      return line(node.value ? `return ${starExpressions(node.value, TOP)}` : "return");
    case "Delete":
      return line(`del ${node.targets.map((t) => expr(t, Prec.Test, TOP)).join(", ")}`);
    case "Pass":
      return line("pass");
    case "Break":
      return line("break");
    case "Continue":
      return line("continue");
    case "Raise": {
      if (!node.exc) return line("raise");
      const cause = node.cause ? ` from ${expr(node.cause, Prec.Test, TOP)}` : "";
      return line(`raise ${expr(node.exc, Prec.Test, TOP)}${cause}`);
    }
    case "Assert":
      return line(`assert ${expr(node.test, Prec.Test, TOP)}${node.msg ? `, ${expr(node.msg, Prec.Test, TOP)}` : ""}`);
    case "Global":
      return line(`global ${node.names.join(", ")}`);
    case "Nonlocal":
      return line(`nonlocal ${node.names.join(", ")}`);
    case "Import":
      return line(`import ${node.names.map((a) => (a.asname ? `${a.name} as ${a.asname}` : a.name)).join(", ")}`);
    case "ImportFrom": {
      const from = ".".repeat(node.level ?? 0) + (node.module ?? "");
      return line(`from ${from} import ${node.names.map((a) => (a.asname ? `${a.name} as ${a.asname}` : a.name)).join(", ")}`);
    }
    case "If": {
      let out = suite(`if ${expr(node.test, Prec.Test, TOP)}`, node.body, indent);
      let orelse = node.orelse;
      // An else block holding only an if statement is an elif: the two parse alike.
      while (orelse.length === 1 && orelse[0]._type === "If") {
        const elif = orelse[0];
        out += suite(`elif ${expr(elif.test, Prec.Test, TOP)}`, elif.body, indent);
        orelse = elif.orelse;
      }
      return out + elseSuite(orelse, indent);
    }
    case "While":
      return suite(`while ${expr(node.test, Prec.Test, TOP)}`, node.body, indent) + elseSuite(node.orelse, indent);
    case "For":
    case "AsyncFor": {
      const keyword = node._type === "AsyncFor" ? "async for" : "for";
      const header = `${keyword} ${expr(node.target, Prec.Tuple, TOP)} in ${starExpressions(node.iter, TOP)}`;
      return suite(header, node.body, indent) + elseSuite(node.orelse, indent);
    }
    case "With":
    case "AsyncWith": {
      const keyword = node._type === "AsyncWith" ? "async with" : "with";
      return suite(`${keyword} ${node.items.map(withItem).join(", ")}`, node.body, indent);
    }
    case "Try":
    case "TryStar": {
      const star = node._type === "TryStar" ? "*" : "";
      let out = suite("try", node.body, indent);
      for (const handler of node.handlers) out += exceptHandler(handler, star, indent);
      out += elseSuite(node.orelse, indent);
      if (node.finalbody.length > 0) out += suite("finally", node.finalbody, indent);
      return out;
    }
    case "FunctionDef":
    case "AsyncFunctionDef": {
      const keyword = node._type === "AsyncFunctionDef" ? "async def" : "def";
      const returns = node.returns ? ` -> ${expr(node.returns, Prec.Test, TOP)}` : "";
      return decorators(node.decorator_list, indent) + suite(`${keyword} ${node.name}(${args(node.args, true)})${returns}`, node.body, indent);
    }
    case "ClassDef": {
      const bases = [...node.bases.map((b) => expr(b, Prec.Test, TOP)), ...node.keywords.map((k) => keyword(k))];
      const header = `class ${node.name}${bases.length > 0 ? `(${bases.join(", ")})` : ""}`;
      return decorators(node.decorator_list, indent) + suite(header, node.body, indent);
    }
    case "Match": {
      let out = `${indent}match ${starExpressions(node.subject, TOP)}:\n`;
      for (const c of node.cases) out += matchCase(c, indent + "    ");
      return out;
    }
  }
}

function elseSuite(orelse: Stmt[], indent: string): string {
  return orelse.length > 0 ? suite("else", orelse, indent) : "";
}

function decorators(list: Expr[], indent: string): string {
  return list.map((d) => `${indent}@${expr(d, Prec.Test, TOP)}\n`).join("");
}

function withItem(item: WithItem): string {
  const vars = item.optional_vars ? ` as ${expr(item.optional_vars, Prec.Test, TOP)}` : "";
  // `with (a, b):` is two context managers; a tuple needs a second pair of parentheses.
  const context = expr(item.context_expr, Prec.Test, TOP);
  return (item.context_expr._type === "Tuple" && item.context_expr.elts.length > 0 ? `(${context})` : context) + vars;
}

function exceptHandler(handler: ExceptHandler, star: string, indent: string): string {
  let header = `except${star}`;
  if (handler.type) header += ` ${expr(handler.type, Prec.Test, TOP)}`;
  if (handler.name) header += ` as ${handler.name}`;
  return suite(header, handler.body, indent);
}

function keyword(k: Keyword, ctx: Context = TOP): string {
  return k.arg === null ? `**${expr(k.value, Prec.Test, ctx)}` : `${k.arg}=${expr(k.value, Prec.Test, ctx)}`;
}

/** A parameter list; lambdas (`annotated` false) have no annotations. */
function args(a: Arguments, annotated: boolean, ctx: Context = TOP): string {
  const param = (p: Arg) => (annotated && p.annotation ? `${p.arg}: ${expr(p.annotation, Prec.Test, ctx)}` : p.arg);
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    const text = param(p);
    const def = i >= firstDefault ? a.defaults[i - firstDefault] : null;
    out.push(def ? `${text}${annotated && p.annotation ? " = " : "="}${expr(def, Prec.Test, ctx)}` : text);
    if (i === a.posonlyargs.length - 1) out.push("/");
  });
  if (a.vararg) out.push(`*${param(a.vararg)}`);
  else if (a.kwonlyargs.length > 0) out.push("*");
  a.kwonlyargs.forEach((p, i) => {
    const def = a.kw_defaults[i];
    const text = param(p);
    out.push(def ? `${text}${annotated && p.annotation ? " = " : "="}${expr(def, Prec.Test, ctx)}` : text);
  });
  if (a.kwarg) out.push(`**${param(a.kwarg)}`);
  return out.join(", ");
}

// ---- match patterns ----

function matchCase(c: MatchCase, indent: string): string {
  const guard = c.guard ? ` if ${expr(c.guard, Prec.Test, TOP)}` : "";
  return suite(`case ${pattern(c.pattern, false)}${guard}`, c.body, indent);
}

/** `closed` is true where an as-pattern or or-pattern needs parentheses (inside an or-pattern). */
function pattern(p: Pattern, closed: boolean): string {
  const wrap = (text: string) => (closed ? `(${text})` : text);
  switch (p._type) {
    case "MatchValue":
      return expr(p.value, Prec.BitOr, TOP);
    case "MatchSingleton":
      return constant(p.value, TOP);
    case "MatchSequence":
      return `[${p.patterns.map((q) => pattern(q, false)).join(", ")}]`;
    case "MatchStar":
      return `*${p.name ?? "_"}`;
    case "MatchMapping": {
      const items = p.keys.map((k, i) => `${expr(k, Prec.BitOr, TOP)}: ${pattern(p.patterns[i], false)}`);
      if (p.rest !== null) items.push(`**${p.rest}`);
      return `{${items.join(", ")}}`;
    }
    case "MatchClass": {
      const items = [
        ...p.patterns.map((q) => pattern(q, false)),
        ...p.kwd_attrs.map((name, i) => `${name}=${pattern(p.kwd_patterns[i], false)}`),
      ];
      return `${expr(p.cls, Prec.Atom, TOP)}(${items.join(", ")})`;
    }
    case "MatchAs":
      if (p.pattern === null) return p.name ?? "_";
      return wrap(`${pattern(p.pattern, true)} as ${p.name}`);
    case "MatchOr":
      return wrap(p.patterns.map((q) => pattern(q, true)).join(" | "));
  }
}

// ---- expressions ----

/** `expr` at precedence `prec`, in parentheses when it binds less tightly. */
function expr(node: Expr, prec: Prec, ctx: Context): string {
  const [text, own] = exprText(node, ctx);
  return own < prec ? `(${text})` : text;
}

/** The expression's text and its precedence level. */
function exprText(node: Expr, ctx: Context): [string, Prec] {
  switch (node._type) {
    case "Name":
      return [node.id, Prec.Atom];
    case "Constant":
      return [constant(node.value, ctx, node.kind), Prec.Atom];
    case "JoinedStr":
      return [fstring(node, ctx), Prec.Atom];
    case "FormattedValue":
      // Only inside a JoinedStr in a parsed tree; alone, print it as a one-field f-string.
      return [fstring({ ...node, _type: "JoinedStr", values: [node] }, ctx), Prec.Atom];
    case "NamedExpr":
      return [`${expr(node.target, Prec.Atom, ctx)} := ${expr(node.value, Prec.Test, ctx)}`, Prec.NamedExpr];
    case "BoolOp": {
      const prec = node.op._type === "And" ? Prec.And : Prec.Or;
      return [node.values.map((v) => expr(v, prec + 1, ctx)).join(node.op._type === "And" ? " and " : " or "), prec];
    }
    case "BinOp": {
      const { text, prec } = BINARY[node.op._type];
      // ** is right-associative.
      const [left, right] = node.op._type === "Pow" ? [prec + 1, prec] : [prec, prec + 1];
      return [`${expr(node.left, left, ctx)} ${text} ${expr(node.right, right, ctx)}`, prec];
    }
    case "UnaryOp": {
      const { text, prec } = UNARY[node.op._type];
      return [text + expr(node.operand, prec, ctx), prec];
    }
    case "Compare": {
      let out = expr(node.left, Prec.Cmp + 1, ctx);
      node.ops.forEach((op, i) => (out += ` ${COMPARE[op._type]} ${expr(node.comparators[i], Prec.Cmp + 1, ctx)}`));
      return [out, Prec.Cmp];
    }
    case "Lambda": {
      const params = args(node.args, false, ctx);
      return [`lambda${params ? " " + params : ""}: ${expr(node.body, Prec.Test, ctx)}`, Prec.Test];
    }
    case "IfExp":
      return [`${expr(node.body, Prec.Or, ctx)} if ${expr(node.test, Prec.Or, ctx)} else ${expr(node.orelse, Prec.Test, ctx)}`, Prec.Test];
    case "Await":
      return [`await ${expr(node.value, Prec.Atom, ctx)}`, Prec.Await];
    case "Yield":
      return [node.value ? `yield ${starExpressions(node.value, ctx)}` : "yield", Prec.Yield];
    case "YieldFrom":
      return [`yield from ${expr(node.value, Prec.Test, ctx)}`, Prec.Yield];
    case "Starred":
      return [`*${expr(node.value, Prec.BitOr, ctx)}`, Prec.Atom];
    case "Tuple": {
      if (node.elts.length === 0) return ["()", Prec.Atom];
      return [elements(node.elts, ctx) + (node.elts.length === 1 ? "," : ""), Prec.Tuple];
    }
    case "List":
      return [`[${elements(node.elts, ctx)}]`, Prec.Atom];
    case "Set":
      // `{}` is a dict and there is no literal for the empty set; ast.unparse writes this.
      return [node.elts.length === 0 ? "{*()}" : `{${elements(node.elts, ctx)}}`, Prec.Atom];
    case "Dict": {
      const items = node.keys.map((k, i) =>
        k === null ? `**${expr(node.values[i], Prec.BitOr, ctx)}` : `${expr(k, Prec.Test, ctx)}: ${expr(node.values[i], Prec.Test, ctx)}`);
      return [`{${items.join(", ")}}`, Prec.Atom];
    }
    case "ListComp":
      return [`[${expr(node.elt, Prec.Test, ctx)}${generators(node.generators, ctx)}]`, Prec.Atom];
    case "SetComp":
      return [`{${expr(node.elt, Prec.Test, ctx)}${generators(node.generators, ctx)}}`, Prec.Atom];
    case "GeneratorExp":
      return [`(${expr(node.elt, Prec.Test, ctx)}${generators(node.generators, ctx)})`, Prec.Atom];
    case "DictComp":
      return [`{${expr(node.key, Prec.Test, ctx)}: ${expr(node.value, Prec.Test, ctx)}${generators(node.generators, ctx)}}`, Prec.Atom];
    case "Attribute": {
      // `1.real` would lex as the float `1.` followed by a name.
      const value = node.value._type === "Constant" && node.value.value.kind === "int"
        ? `(${expr(node.value, Prec.Atom, ctx)})` : expr(node.value, Prec.Atom, ctx);
      return [`${value}.${node.attr}`, Prec.Atom];
    }
    case "Subscript":
      return [`${expr(node.value, Prec.Atom, ctx)}[${subscript(node.slice, ctx)}]`, Prec.Atom];
    case "Slice": {
      const part = (e: Expr | null) => (e ? expr(e, Prec.Test, ctx) : "");
      return [`${part(node.lower)}:${part(node.upper)}${node.step ? ":" + part(node.step) : ""}`, Prec.Atom];
    }
    case "Call": {
      const items = [...node.args.map((a) => expr(a, Prec.Test, ctx)), ...node.keywords.map((k) => keyword(k, ctx))];
      return [`${expr(node.func, Prec.Atom, ctx)}(${items.join(", ")})`, Prec.Atom];
    }
  }
}

function elements(elts: Expr[], ctx: Context): string {
  return elts.map((e) => expr(e, Prec.Test, ctx)).join(", ");
}

/** A subscript's slice: a tuple's elements go bare, since slices cannot be parenthesised. */
function subscript(slice: Expr, ctx: Context): string {
  if (slice._type === "Tuple" && slice.elts.length > 0) return elements(slice.elts, ctx) + (slice.elts.length === 1 ? "," : "");
  return expr(slice, Prec.Test, ctx);
}

function generators(list: Comprehension[], ctx: Context): string {
  return list.map((g) => {
    const ifs = g.ifs.map((i) => ` if ${expr(i, Prec.Or, ctx)}`).join("");
    return ` ${g.is_async ? "async " : ""}for ${expr(g.target, Prec.Tuple, ctx)} in ${expr(g.iter, Prec.Or, ctx)}${ifs}`;
  }).join("");
}

// ---- constants and strings ----

function constant(value: ConstantValue, ctx: Context, kind: string | null = null): string {
  switch (value.kind) {
    case "int":
      return value.value.toString();
    case "float":
      // Infinity has no literal; 1e309 overflows to it, as ast.unparse writes.
      return Number.isFinite(value.value) ? reprFloat(value.value) : "1e309";
    case "complex":
      return Number.isFinite(value.imag) ? `${reprFloat(value.imag).replace(/\.0$/, "")}j` : "1e309j";
    case "str":
      return (kind ?? "") + stringLiteral(value, ctx);
    case "bytes": {
      const text = reprBytes(value.value);
      if (ctx.inFString && (text.includes("\\") || !ctx.quotes.includes(text[1] as Quote))) {
        throw new Error("unparse: cannot write this bytes literal inside an f-string replacement field");
      }
      return text;
    }
    case "bool":
      return value.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "...";
  }
}

/** Escapes `\`, the quote character and non-printable characters (\n and \t by name). */
function escape(str: StrValue, quote: string): string {
  let out = "";
  for (const code of strCodePoints(str)) {
    const ch = String.fromCodePoint(code);
    if (ch === "\\" || ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f || (code > 0x7f && !isPrintable(code))) {
      out += code <= 0xff ? "\\x" + hex(code, 2) : code <= 0xffff ? "\\u" + hex(code, 4) : "\\U" + hex(code, 8);
    } else out += ch;
  }
  return out;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/** A str literal: single-line, with the first allowed quote that needs no escaping. */
function stringLiteral(str: StrValue, ctx: Context): string {
  const text = str.value;
  const single = ctx.quotes.filter((q) => q.length === 1);
  const quote = single.find((q) => !text.includes(q)) ?? single[0];
  if (quote === undefined) throw new Error("unparse: no quote left for a string inside an f-string replacement field");
  const body = escape(str, quote);
  if (ctx.inFString && body.includes("\\")) throw new Error("unparse: an f-string replacement field cannot contain a backslash");
  return quote + body + quote;
}

/**
 * An f-string. Its fields are printed first, with quotes that cannot end the literal, and the
 * literal takes an allowed quote none of them uses.
 */
function fstring(node: JoinedStr, ctx: Context): string {
  for (const quote of ctx.quotes) {
    // Inside the literal, fields may use the other quote character, and the same character
    // singly when the literal's quote is a triple one.
    const inner = ctx.quotes.filter((q) => q[0] !== quote[0] || (quote.length === 3 && q.length === 1));
    let body: string;
    try {
      body = fstringBody(node, quote, ctx.inFString, { quotes: inner, inFString: true });
    } catch (e) {
      if (e instanceof Error && e.message.startsWith("unparse:")) continue;
      throw e;
    }
    if (quote.length === 1 || !body.includes(quote)) return `f${quote}${body}${quote}`;
  }
  throw new Error("unparse: no quote left for a nested f-string");
}

/** `nested`: this f-string is itself inside a replacement field, where no backslash may appear. */
function fstringBody(node: JoinedStr, quote: Quote, nested: boolean, inner: Context): string {
  let out = "";
  for (const value of node.values) {
    if (value._type === "Constant" && value.value.kind === "str") {
      const text = escape(value.value, quote[0]);
      if (nested && text.includes("\\")) throw new Error("unparse: an f-string replacement field cannot contain a backslash");
      out += text.replace(/[{}]/g, "$&$&");
    } else if (value._type === "FormattedValue") {
      const field = expr(value.value, Prec.Test + 1, inner);
      let text = "{" + (field.startsWith("{") ? " " : "") + field;
      if (value.conversion !== -1) text += "!" + String.fromCharCode(value.conversion);
      if (value.format_spec) {
        if (value.format_spec._type !== "JoinedStr") throw new Error("unparse: a format spec must be a JoinedStr");
        text += ":" + fstringBody(value.format_spec, quote, nested, inner);
      }
      out += text + "}";
    } else {
      throw new Error(`unparse: unexpected ${value._type} in an f-string`);
    }
  }
  return out;
}
