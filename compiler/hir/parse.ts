// Reads the HIR text form (print.ts) back into an HFunction, so passes can be tested from
// HIR text: test/cases/hir/*.test cases with `input=hir`. Line based:
//   fn NAME(REPR, ...) -> REPR @SYMBOL
//   bN(vK:REPR[+!], ...):
//     [vK:REPR[+!] = ]OP [vA ...] [{key=value ...}] [!cleanup(vA ...)]
//     Jump bN(vA, ...) | Branch vA ? bT : bF
// Values may be used before the line that defines them (a loop's back edge).

import { InternalError } from "../diagnostics.js";
import type { Attrs, Block, FunctionSig, HFunction, InlinedFrame, Instr, Value } from "./hir.js";
import { OPS, type Op, type Repr } from "./ops.js";
import { REF_MARK } from "./print.js";

const REPRS: Repr[] = ["object", "nullable", "int64", "double", "cbool", "ptr"];
const NUMERIC_ATTRS = new Set(["index", "kwnames", "kwcount", "size", "offset", "slot"]);

export function parseFunction(text: string): HFunction {
  const lines = text.split("\n").map((l) => l.replace(/#.*$/, "").trimEnd()).filter((l) => l.trim());
  const header = /^fn (\S+)\(([^)]*)\) -> (\w+) @(\S+)$/.exec(lines[0] ?? "");
  if (!header) fail(1, "expected `fn NAME(REPRS) -> REPR @SYMBOL`");
  const sig: FunctionSig = { symbol: header[4], params: splitList(header[2]).map((r) => repr(r, 1)), ret: repr(header[3], 1) };
  const f: HFunction = { name: header[1], sig, blocks: [], nextValue: 0, nextBlock: 0 };
  const values = new Map<number, Value>();
  const blocks = new Map<number, Block>();
  const value = (id: number): Value => {
    let v = values.get(id);
    if (!v) values.set(id, (v = { id, repr: "object" }));
    f.nextValue = Math.max(f.nextValue, id + 1);
    return v;
  };
  const block = (id: number): Block => {
    let b = blocks.get(id);
    if (!b) blocks.set(id, (b = { id, params: [], instrs: [], preds: [] }));
    f.nextBlock = Math.max(f.nextBlock, id + 1);
    return b;
  };
  const define = (text: string, line: number): Value => {
    const m = /^v(\d+):(\w+)([+!]?)$/.exec(text);
    if (!m) fail(line, `bad value definition '${text}'`);
    const v = value(Number(m[1]));
    v.repr = repr(m[2], line);
    const ref = (Object.keys(REF_MARK) as (keyof typeof REF_MARK)[]).find((k) => REF_MARK[k] === m[3]);
    if (v.repr === "object" || v.repr === "nullable") v.ref = ref;
    return v;
  };
  const use = (text: string, line: number): Value => {
    const m = /^v(\d+)$/.exec(text);
    if (!m) fail(line, `expected a value, got '${text}'`);
    return value(Number(m[1]));
  };

  let cur: Block | undefined;
  lines.slice(1).forEach((raw, k) => {
    const line = k + 2;
    const text = raw.trim();
    const blockHeader = /^b(\d+)(?:\((.*)\))?:$/.exec(text);
    if (blockHeader) {
      cur = block(Number(blockHeader[1]));
      cur.params = splitList(blockHeader[2] ?? "").map((p) => define(p, line));
      f.blocks.push(cur);
      return;
    }
    if (!cur) fail(line, "instruction before the first block");
    const jump = /^Jump b(\d+)\((.*)\)$/.exec(text);
    const branch = /^Branch (v\d+) \? b(\d+) : b(\d+)$/.exec(text);
    let instr: Instr;
    if (jump) {
      instr = { op: "Jump", args: splitList(jump[2]).map((a) => use(a, line)), result: null, attrs: { target: block(Number(jump[1])) }, line: 0 };
    } else if (branch) {
      instr = { op: "Branch", args: [use(branch[1], line)], result: null, attrs: { then: block(Number(branch[2])), else: block(Number(branch[3])) }, line: 0 };
    } else {
      instr = parseInstr(text, line, define, use);
    }
    cur.instrs.push(instr);
  });
  for (const b of f.blocks) for (const s of successorsOf(b)) s.preds.push(b);
  return f;
}

function parseInstr(text: string, line: number, define: (t: string, l: number) => Value, use: (t: string, l: number) => Value): Instr {
  let rest = text;
  let result: Value | null = null;
  const eq = /^(v\d+:\w+[+!]?) = (.*)$/.exec(rest);
  if (eq) {
    result = define(eq[1], line);
    rest = eq[2];
  }
  let cleanup: Value[] | undefined;
  const cl = /^(.*) !cleanup\(([^)]*)\)$/.exec(rest);
  if (cl) {
    rest = cl[1];
    cleanup = cl[2].split(" ").filter(Boolean).map((v) => use(v, line));
  }
  let inlined: InlinedFrame[] | undefined;
  const inl = /^(.*) !inlined\(([^)]*)\)$/.exec(rest);
  if (inl) {
    rest = inl[1];
    inlined = inl[2].split(" ").map((fr) => {
      const m2 = /^(.+):(\d+)$/.exec(fr);
      if (!m2) fail(line, `bad inlined frame '${fr}'`);
      return { name: m2[1], line: Number(m2[2]) };
    });
  }
  let attrs: Attrs = {};
  const at = /^(.*?) \{(.*)\}$/.exec(rest);
  if (at) {
    rest = at[1];
    attrs = parseAttrs(at[2], line);
  }
  const [op, ...args] = rest.split(" ");
  if (!(op in OPS)) fail(line, `unknown op '${op}'`);
  return { op: op as Op, args: args.map((a) => use(a, line)), result, attrs, line: 0, cleanup, ...(inlined && { inlined }) };
}

function parseAttrs(text: string, line: number): Attrs {
  const attrs: Record<string, unknown> = {};
  const re = /(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, key, raw] = m;
    const str = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
    if (NUMERIC_ATTRS.has(key)) attrs[key] = Number(str);
    else if (key === "int") attrs[key] = BigInt(str);
    else if (key === "double") attrs[key] = str === "nan" ? NaN : str === "inf" ? Infinity : str === "-inf" ? -Infinity : Number(str);
    else if (key === "pytype") {
      const [symbol, name, flags = ""] = str.split(":");
      const set = new Set(flags.split(","));
      attrs[key] = { symbol, name, ...(set.has("desc") && { desc: true }), ...(set.has("opt") && { optional: true }) };
    } else if (key === "callee") {
      const m2 = /^(.+)\(([^)]*)\)->(\w+)$/.exec(str);
      if (!m2) fail(line, `bad callee '${str}'`);
      attrs[key] = { symbol: m2[1], params: splitList(m2[2]).map((r) => repr(r, line)), ret: repr(m2[3], line) };
    } else attrs[key] = str;
  }
  return attrs as Attrs;
}

function successorsOf(b: Block): Block[] {
  const t = b.instrs[b.instrs.length - 1];
  if (!t) return [];
  if (t.op === "Jump") return [t.attrs.target!];
  if (t.op === "Branch") return [t.attrs.then!, t.attrs.else!];
  return [];
}

function splitList(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

function repr(text: string, line: number): Repr {
  if (!REPRS.includes(text as Repr)) fail(line, `unknown representation '${text}'`);
  return text as Repr;
}

function fail(line: number, message: string): never {
  throw new InternalError("hir-parse", `line ${line}: ${message}`);
}
