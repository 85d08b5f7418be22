// Prints LIR as text: what `--dump=lir` shows, what LIR test cases are written in, and what
// parse.ts reads back (parse(print(f)) prints the same text). The grammar is in parse.ts.
//
// Consumes an LFunction; produces text. No column alignment: one instruction per line,
// two-space indent, block labels flush left. Every vreg operand carries its class (`:g`
// for gpr, `:x` for xmm) so a line can be read on its own.
//
//   export fn @fib {
//   b0:
//     params %0:g
//     br lt %0:g, 2 ? b1 : b2
//   b1:
//     ret %0:g@rax, 0@rdx
//   ...

import type { LFunction, LInst, VReg } from "./lir.js";

export const vregText = (v: VReg): string => `%${v.id}:${v.cls === "gpr" ? "g" : "x"}`;

const operand = (x: VReg | bigint): string => (typeof x === "bigint" ? x.toString() : vregText(x));

/** A double as text that Number() reads back exactly ("-0", "NaN", "Infinity" included). */
export function doubleText(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** `@name`, quoted when the name has characters the parser would split on. */
const symbolName = (symbol: string): string => `@${/^[A-Za-z_.$<][\w.$<>]*$/.test(symbol) ? symbol : JSON.stringify(symbol)}`;

const symbolText = (symbol: string, addend: number): string =>
  `${symbolName(symbol)}${addend === 0 ? "" : addend > 0 ? `+${addend}` : `${addend}`}`;

const address = (base: VReg, disp: number): string =>
  `[${vregText(base)}${disp === 0 ? "" : disp > 0 ? ` + ${disp}` : ` - ${-disp}`}]`;

/** One instruction, without indentation. */
export function printInst(i: LInst): string {
  switch (i.op) {
    case "mov":
      return `${vregText(i.dst)} = mov ${vregText(i.src)}`;
    case "movi":
      return `${vregText(i.dst)} = movi ${i.value}`;
    case "movf":
      return `${vregText(i.dst)} = movf ${doubleText(i.value)}`;
    case "load": {
      // A 64-bit load has nothing to extend; print it without a sign.
      const width = i.size === 64 ? "64" : `${i.signed ? "s" : "u"}${i.size}`;
      return `${vregText(i.dst)} = load.${width} ${address(i.base, i.disp)}`;
    }
    case "store":
      return `store.${i.size} ${address(i.base, i.disp)}, ${operand(i.src)}`;
    case "loadsym":
    case "lea":
      return `${vregText(i.dst)} = ${i.op} ${symbolText(i.symbol, i.addend)}`;
    case "loadgot":
      return `${vregText(i.dst)} = loadgot ${symbolName(i.symbol)}`;
    case "leaslot":
      return `${vregText(i.dst)} = leaslot s${i.slot}`;
    case "binop":
      return `${vregText(i.dst)} = ${i.kind} ${vregText(i.a)}, ${operand(i.b)}`;
    case "sext":
      return `${vregText(i.dst)} = sext.${i.from} ${vregText(i.a)}`;
    case "unop":
      return `${vregText(i.dst)} = ${i.kind} ${vregText(i.a)}`;
    case "idiv": {
      const result = (v: VReg | undefined) => (v ? vregText(v) : "_");
      return `${result(i.quot)}, ${result(i.rem)} = ${i.unsigned ? "div" : "idiv"} ${vregText(i.a)}, ${vregText(i.b)}`;
    }
    case "fbinop":
      return `${vregText(i.dst)} = ${i.kind} ${vregText(i.a)}, ${vregText(i.b)}`;
    case "i2f":
      return `${vregText(i.dst)} = i2f ${vregText(i.a)}`;
    case "setcc":
      return `${vregText(i.dst)} = setcc ${i.cond} ${vregText(i.a)}, ${operand(i.b)}`;
    case "fsetcc":
      return `${vregText(i.dst)} = fsetcc ${i.cond} ${vregText(i.a)}, ${vregText(i.b)}`;
    case "call": {
      const target = "symbol" in i.target ? symbolName(i.target.symbol) : vregText(i.target.vreg);
      const results = i.results.map((r) => `${vregText(r.dst)}@${r.loc}`).join(", ");
      return `call ${i.keep ? "keep " : ""}${target}(${i.args.map(vregText).join(", ")})${results ? ` -> ${results}` : ""}`;
    }
    case "incref":
      return `incref${i.mortal ? ".mortal" : ""} ${vregText(i.v)}`;
    case "decref":
      return `${i.nullable ? "xdecref" : "decref"}${i.mortal ? ".mortal" : ""} ${vregText(i.v)}`;
    case "params":
      return `params ${i.dsts.map(vregText).join(", ")}`;
    case "jmp":
      return `jmp b${i.target}`;
    case "br":
      return `br ${i.cond} ${vregText(i.a)}, ${operand(i.b)} ? b${i.then} : b${i.else}`;
    case "brtest":
      return `brtest ${vregText(i.a)} ? b${i.then} : b${i.else}`;
    case "fbr":
      return `fbr ${i.cond} ${vregText(i.a)}, ${vregText(i.b)} ? b${i.then} : b${i.else}`;
    case "brstack":
      return `brstack ${symbolName(i.symbol)} ? b${i.then} : b${i.else}`;
    case "ret":
      return ["ret", i.values.map((v) => `${operand(v.src)}@${v.loc}`).join(", ")].filter(Boolean).join(" ");
  }
}

/** Where a note attaches: the function header, a block label, or an instruction. */
export interface NoteSite {
  block?: number;
  index?: number;
}

/** A function as text. `note` may add a `; ...` comment to the header, a block label or
 *  an instruction line (the verifier puts its errors there). */
export function printFunction(f: LFunction, note?: (site: NoteSite) => string | undefined): string {
  const withNote = (line: string, site: NoteSite) => {
    const text = note?.(site);
    return text === undefined ? line : `${line}  ; ${text}`;
  };
  const lines = [withNote(`${f.global ? "export " : ""}fn ${symbolName(f.name)} {`, {})];
  f.slots.forEach((size, k) => lines.push(`  s${k} = slot ${size}`));
  for (const b of f.blocks) {
    lines.push(withNote(`b${b.id}:`, { block: b.id }));
    b.insts.forEach((inst, index) => lines.push(withNote(`  ${printInst(inst)}`, { block: b.id, index })));
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** Several functions, separated by blank lines. */
export function printFunctions(fs: LFunction[]): string {
  return fs.map((f) => printFunction(f)).join("\n");
}
