// Reads the LIR text that print.ts writes: LIR test cases and pasted `--dump=lir` output.
//
// Consumes text; produces LFunctions. It checks syntax only: operand classes, branch
// targets and the other invariants are verify.ts's job, so a verifier test can start from
// text that breaks them. nextVReg is one past the largest vreg id mentioned.
//
// Grammar (one construct per line; `;` starts a comment; blank lines are ignored):
//   function := ["export"] "fn" "@"NAME "{"  slot*  block*  "}"
//   slot     := "s"K "=" "slot" BYTES                  (K = 0, 1, 2, ... in order)
//   block    := "b"ID ":"  inst*
//   vreg     := "%"ID ":" ("g" | "x")                  (gpr or xmm class)
//   value    := vreg | INTEGER
//   address  := "[" vreg [("+" | "-") INTEGER] "]"
//   symref   := "@"NAME [("+" | "-") INTEGER]
//   NAME     := [A-Za-z_.$<][A-Za-z0-9_.$<>]* | a JSON string for any other name
//   inst     := vreg "=" "mov" vreg | vreg "=" "movi" INTEGER | vreg "=" "movf" DOUBLE
//             | vreg "=" "load." ("s" | "u") SIZE address | vreg "=" "load.64" address
//             | "store." SIZE address "," value
//             | vreg "=" ("loadsym" | "lea") symref | vreg "=" "loadgot" "@"NAME
//             | vreg "=" "leaslot" "s"K
//             | vreg "=" INTBINOP vreg "," value | vreg "=" "sext." SIZE vreg
//             | vreg "=" ("neg" | "not") vreg
//             | (vreg | "_") "," (vreg | "_") "=" ("idiv" | "div") vreg "," vreg
//             | vreg "=" FLOATBINOP vreg "," vreg | vreg "=" "i2f" vreg
//             | vreg "=" "setcc" COND vreg "," value | vreg "=" "fsetcc" FCOND vreg "," vreg
//             | "call" ["keep"] ("@"NAME | vreg) "(" [vreg ("," vreg)*] ")" ["->" vreg "@"LOC ("," vreg "@"LOC)*]
//             | ("incref" | "decref" | "xdecref")[".mortal"] vreg | "params" [vreg ("," vreg)*]
//             | "jmp" "b"ID | "br" COND vreg "," value "?" "b"ID ":" "b"ID
//             | ("brtest" vreg | "brstack" "@"NAME | "fbr" FCOND vreg "," vreg) "?" "b"ID ":" "b"ID | "ret" [value "@"LOC ("," value "@"LOC)*]
//
//   export fn @inc {
//   b0:
//     params %0:g
//     %1:g = add %0:g, 1
//     ret %1:g@rax
//   }

import type { AbiLoc, Cond, FCond, FloatBinop, IntBinop, LBlock, LFunction, LInst, VReg } from "./lir.js";

// Records rather than arrays so that TypeScript checks each list against lir.ts's union.
const INT_BINOPS: Record<IntBinop, true> =
  { add: true, sub: true, imul: true, and: true, or: true, xor: true, shl: true, sar: true, shr: true };
const FLOAT_BINOPS: Record<FloatBinop, true> = { addsd: true, subsd: true, mulsd: true, divsd: true, sqrtsd: true };
const CONDS: Record<Cond, true> =
  { eq: true, ne: true, lt: true, le: true, gt: true, ge: true, ult: true, ule: true, ugt: true, uge: true };
const FCONDS: Record<FCond, true> = { feq: true, fne: true, flt: true, fle: true, fgt: true, fge: true };
const LOCS: Record<AbiLoc, true> = { rax: true, rdx: true, xmm0: true };
const has = <K extends string>(table: Record<K, true>, word: string): word is K => Object.hasOwn(table, word);

export class LirParseError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

type Token =
  | { kind: "vreg"; text: string; vreg: VReg }
  | { kind: "sym"; text: string; name: string }
  | { kind: "num"; text: string }
  | { kind: "word"; text: string }
  | { kind: "punct"; text: string };

const TOKEN_RULES: { kind: Token["kind"]; re: RegExp }[] = [
  { kind: "vreg", re: /^%(\d+):([gx])/ },
  { kind: "sym", re: /^@(?:[A-Za-z_.$<][\w.$<>]*|"(?:[^"\\]|\\.)*")/ },
  { kind: "num", re: /^-?(?:Infinity|NaN|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/ },
  { kind: "word", re: /^[A-Za-z_][\w.]*/ },
  { kind: "punct", re: /^(?:->|[=,()[\]+\-?:{}])/ },
];

function tokenize(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  let rest = text.replace(/;.*$/, "");
  while ((rest = rest.trimStart())) {
    const rule = TOKEN_RULES.find((r) => r.re.test(rest));
    if (!rule) {
      const vreg = /^%\d+/.exec(rest);
      throw new LirParseError(line, vreg ? `${vreg[0]} needs a class: ${vreg[0]}:g or ${vreg[0]}:x` : `unexpected '${rest[0]}'`);
    }
    const m = rule.re.exec(rest)!;
    rest = rest.slice(m[0].length);
    if (rule.kind === "vreg") tokens.push({ kind: "vreg", text: m[0], vreg: { id: Number(m[1]), cls: m[2] === "g" ? "gpr" : "xmm" } });
    else if (rule.kind === "sym") tokens.push({ kind: "sym", text: m[0], name: m[0][1] === "\"" ? JSON.parse(m[0].slice(1)) : m[0].slice(1) });
    else tokens.push({ kind: rule.kind, text: m[0] } as Token);
  }
  return tokens;
}

/** The tokens of one line, consumed left to right. */
class Cursor {
  private pos = 0;
  constructor(private readonly tokens: Token[], readonly line: number, private readonly onVReg: (v: VReg) => void) {}

  fail(message: string): never {
    throw new LirParseError(this.line, message);
  }
  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  /** The text of the token `ahead` places on, if any. */
  peekText(ahead = 0): string | undefined {
    return this.tokens[this.pos + ahead]?.text;
  }
  peekIs(text: string): boolean {
    return this.peek()?.text === text;
  }
  peekKind(kind: Token["kind"]): boolean {
    return this.peek()?.kind === kind;
  }
  private next(what: string): Token {
    const t = this.tokens[this.pos++];
    return t ?? this.fail(`expected ${what} at end of line`);
  }
  eat(text: string): boolean {
    if (!this.peekIs(text)) return false;
    this.pos++;
    return true;
  }
  expect(text: string): void {
    const t = this.next(`'${text}'`);
    if (t.text !== text) this.fail(`expected '${text}', found '${t.text}'`);
  }
  end(): void {
    const t = this.peek();
    if (t) this.fail(`unexpected '${t.text}' at end of instruction`);
  }
  word(): string {
    const t = this.next("a word");
    return t.kind === "word" ? t.text : this.fail(`expected a word, found '${t.text}'`);
  }
  vreg(): VReg {
    const t = this.next("a vreg");
    if (t.kind !== "vreg") this.fail(`expected a vreg like %1:g, found '${t.text}'`);
    this.onVReg(t.vreg);
    return t.vreg;
  }
  integer(): bigint {
    const t = this.next("an integer");
    return t.kind === "num" && /^-?\d+$/.test(t.text) ? BigInt(t.text) : this.fail(`expected an integer, found '${t.text}'`);
  }
  smallInteger(): number {
    const n = this.integer();
    if (n < -(2n ** 31n) || n >= 2n ** 31n) this.fail(`${n} does not fit in 32 bits`);
    return Number(n);
  }
  double(): number {
    const t = this.next("a number");
    return t.kind === "num" ? Number(t.text) : this.fail(`expected a number, found '${t.text}'`);
  }
  value(): VReg | bigint {
    return this.peekKind("vreg") ? this.vreg() : this.integer();
  }
  /** "b3" -> 3, "s0" -> 0. */
  numbered(prefix: "b" | "s"): number {
    const w = this.word();
    return new RegExp(`^${prefix}\\d+$`).test(w) ? Number(w.slice(1)) : this.fail(`expected ${prefix}N, found '${w}'`);
  }
  symbol(): string {
    const t = this.next("a symbol");
    return t.kind === "sym" ? t.name : this.fail(`expected @name, found '${t.text}'`);
  }
  loc(): AbiLoc {
    const name = this.symbol();
    return has(LOCS, name) ? name : this.fail(`unknown location @${name}`);
  }
  /** [+-] INTEGER after a symbol or vreg; 0 when absent. Negative numbers lex as one token. */
  offset(): number {
    if (this.eat("+")) return this.smallInteger();
    if (this.eat("-")) return -this.smallInteger();
    return this.peekKind("num") && this.peek()!.text.startsWith("-") ? this.smallInteger() : 0;
  }
  address(): { base: VReg; disp: number } {
    this.expect("[");
    const base = this.vreg();
    const disp = this.offset();
    this.expect("]");
    return { base, disp };
  }
  symref(): { symbol: string; addend: number } {
    const symbol = this.symbol();
    return { symbol, addend: this.offset() };
  }
  list<T>(item: () => T): T[] {
    const items = [item()];
    while (this.eat(",")) items.push(item());
    return items;
  }
}

function size(c: Cursor, text: string, allowed: number[]): 8 | 16 | 32 | 64 {
  const n = Number(text);
  return allowed.includes(n) ? (n as 8 | 16 | 32 | 64) : c.fail(`bad width '${text}' (expected ${allowed.join(", ")})`);
}

/** `DST = MNEMONIC ...`: an instruction that writes the vregs before `=`. */
function assignment(c: Cursor, lhs: (VReg | undefined)[]): LInst {
  const m = c.word();
  if (m === "idiv" || m === "div") {
    if (lhs.length !== 2) c.fail(`${m} writes two results: quotient, remainder (\`_\` for none)`);
    const a = c.vreg();
    c.expect(",");
    const b = c.vreg();
    return m === "div" ? { op: "idiv", quot: lhs[0], rem: lhs[1], a, b, unsigned: true } : { op: "idiv", quot: lhs[0], rem: lhs[1], a, b };
  }
  if (lhs.length !== 1 || !lhs[0]) c.fail(`${m} writes one vreg`);
  const dst = lhs[0];
  const [base, suffix = ""] = m.split(".");
  const operands = <T>(first: () => VReg, second: () => T): { a: VReg; b: T } => {
    const a = first();
    c.expect(",");
    return { a, b: second() };
  };
  switch (base) {
    case "mov": return { op: "mov", dst, src: c.vreg() };
    case "movi": return { op: "movi", dst, value: c.integer() };
    case "movf": return { op: "movf", dst, value: c.double() };
    case "load": {
      const sized = /^([su]?)(\d+)$/.exec(suffix) ?? c.fail(`bad load width '${suffix}'`);
      if (sized[1] && sized[2] === "64") c.fail("a 64-bit load has no sign: write load.64");
      const bits = size(c, sized[2], sized[1] ? [8, 16, 32] : [64]);
      return { op: "load", dst, ...c.address(), size: bits, signed: sized[1] === "s" };
    }
    case "loadsym": return { op: "loadsym", dst, ...c.symref() };
    case "lea": return { op: "lea", dst, ...c.symref() };
    case "loadgot": return { op: "loadgot", dst, symbol: c.symbol() };
    case "leaslot": return { op: "leaslot", dst, slot: c.numbered("s") };
    case "sext": return { op: "sext", dst, a: c.vreg(), from: size(c, suffix, [8, 16, 32]) as 8 | 16 | 32 };
    case "neg": case "not": return { op: "unop", kind: base, dst, a: c.vreg() };
    case "i2f": return { op: "i2f", dst, a: c.vreg() };
    case "setcc": {
      const cond = c.word();
      if (!has(CONDS, cond)) c.fail(`unknown condition '${cond}'`);
      return { op: "setcc", cond, dst, ...operands(() => c.vreg(), () => c.value()) };
    }
    case "fsetcc": {
      const cond = c.word();
      if (!has(FCONDS, cond)) c.fail(`unknown double condition '${cond}'`);
      return { op: "fsetcc", cond, dst, ...operands(() => c.vreg(), () => c.vreg()) };
    }
  }
  if (has(INT_BINOPS, m)) return { op: "binop", kind: m, dst, ...operands(() => c.vreg(), () => c.value()) };
  if (has(FLOAT_BINOPS, m)) return { op: "fbinop", kind: m, dst, ...operands(() => c.vreg(), () => c.vreg()) };
  return c.fail(`unknown instruction '${m}'`);
}

/** `? bT : bE` of a conditional branch. */
function targets(c: Cursor): { then: number; else: number } {
  c.expect("?");
  const then = c.numbered("b");
  c.expect(":");
  return { then, else: c.numbered("b") };
}

const mortal = (m: string) => (m.endsWith(".mortal") ? { mortal: true } : {});

function statement(c: Cursor): LInst {
  const m = c.word();
  if (m.startsWith("store.")) {
    const bits = size(c, m.slice("store.".length), [8, 16, 32, 64]);
    const { base, disp } = c.address();
    c.expect(",");
    return { op: "store", base, disp, src: c.value(), size: bits };
  }
  switch (m) {
    case "call": {
      const keep = c.eat("keep");
      const target = c.peekKind("vreg") ? { vreg: c.vreg() } : { symbol: c.symbol() };
      c.expect("(");
      const args = c.peekIs(")") ? [] : c.list(() => c.vreg());
      c.expect(")");
      const results = c.eat("->") ? c.list(() => ({ dst: c.vreg(), loc: c.loc() })) : [];
      return { op: "call", target, args, results, ...(keep && { keep: true as const }) };
    }
    case "incref": case "incref.mortal": return { op: "incref", v: c.vreg(), ...mortal(m) };
    case "decref": case "xdecref": case "decref.mortal": case "xdecref.mortal":
      return { op: "decref", v: c.vreg(), nullable: m.startsWith("x"), ...mortal(m) };
    case "params": return { op: "params", dsts: c.peekKind("vreg") ? c.list(() => c.vreg()) : [] };
    case "jmp": return { op: "jmp", target: c.numbered("b") };
    case "brtest": return { op: "brtest", a: c.vreg(), ...targets(c) };
    case "brstack": return { op: "brstack", symbol: c.symbol(), ...targets(c) };
    case "fbr": {
      const cond = c.word();
      if (!has(FCONDS, cond)) c.fail(`unknown double condition '${cond}'`);
      const a = c.vreg();
      c.expect(",");
      return { op: "fbr", cond, a, b: c.vreg(), ...targets(c) };
    }
    case "br": {
      const cond = c.word();
      if (!has(CONDS, cond)) c.fail(`unknown condition '${cond}'`);
      const a = c.vreg();
      c.expect(",");
      const b = c.value();
      return { op: "br", cond, a, b, ...targets(c) };
    }
    case "ret": {
      const values = c.peekKind("vreg") || c.peekKind("num") ? c.list(() => ({ src: c.value(), loc: c.loc() })) : [];
      return { op: "ret", values };
    }
  }
  return c.fail(`unknown instruction '${m}'`);
}

function instruction(c: Cursor): LInst {
  let inst: LInst;
  if (c.peekKind("vreg") || c.peekIs("_")) {
    const lhs = c.list(() => (c.eat("_") ? undefined : c.vreg()));
    c.expect("=");
    inst = assignment(c, lhs);
  } else {
    inst = statement(c);
  }
  c.end();
  return inst;
}

/** Every function in `text`, in order. */
export function parseFunctions(text: string): LFunction[] {
  const functions: LFunction[] = [];
  let f: LFunction | undefined;
  let block: LBlock | undefined;
  const lines = text.split("\n");
  lines.forEach((raw, k) => {
    const c: Cursor = new Cursor(tokenize(raw, k + 1), k + 1, (v) => {
      if (f) f.nextVReg = Math.max(f.nextVReg, v.id + 1);
    });
    const first = c.peekText();
    if (first === undefined) return; // blank or comment-only
    if (first === "export" || first === "fn") {
      if (f) c.fail("missing '}' before the next function");
      const global = c.eat("export");
      c.expect("fn");
      f = { name: c.symbol(), blocks: [], slots: [], nextVReg: 0, global };
      block = undefined;
      c.expect("{");
      c.end();
      functions.push(f);
      return;
    }
    if (!f) return c.fail("expected 'fn'");
    if (c.eat("}")) {
      c.end();
      f = block = undefined;
    } else if (/^b\d+$/.test(first) && c.peekText(1) === ":") {
      block = { id: c.numbered("b"), insts: [] };
      c.expect(":");
      c.end();
      f.blocks.push(block);
    } else if (/^s\d+$/.test(first) && c.peekText(1) === "=") {
      if (block) c.fail("slots come before the first block");
      if (c.numbered("s") !== f.slots.length) c.fail(`expected s${f.slots.length}`);
      c.expect("=");
      if (c.word() !== "slot") c.fail("expected 'slot'");
      f.slots.push(c.smallInteger());
      c.end();
    } else {
      if (!block) c.fail("instruction outside a block");
      block.insts.push(instruction(c));
    }
  });
  if (f) throw new LirParseError(lines.length - (text.endsWith("\n") ? 1 : 0), `missing '}' at the end of @${f.name}`);
  return functions;
}

/** The one function in `text`. */
export function parseFunction(text: string): LFunction {
  const fs = parseFunctions(text);
  if (fs.length !== 1) throw new LirParseError(1, `expected one function, found ${fs.length}`);
  return fs[0];
}
