// HIR text form (`cinderc --emit hir`): deterministic numbering, no addresses, no alignment.
// compiler/hir/parse.ts reads it back; parse(print(f)) prints the same text.
//
//   fn fib(int64) -> int64 @t.fib
//   b0:
//     v0:int64 = Param {index=0}
//     v2:cbool = IntCompare v0 v1 {cond=lt}
//     Branch v2 ? b1 : b2
//   b1(v3:object+):
//     v5:object+ = CallC v3 v4 {cfunc=PyNumber_Add} !cleanup(v3)
//     Jump b2(v5)
//
// Values print as vN:REPR with the ownership of objects marked: + owned, ! immortal,
// nothing for borrowed.

import type { CheckedType } from "../check/types.js";
import type { Attrs, FunctionSig, HFunction, Instr, Value } from "./hir.js";

export const REF_MARK = { owned: "+", borrowed: "", immortal: "!" } as const;

export function formatValue(v: Value): string {
  return `v${v.id}`;
}

export function formatDef(v: Value): string {
  return `v${v.id}:${v.repr}${v.ref ? REF_MARK[v.ref] : ""}`;
}

export function formatSig(sig: FunctionSig): string {
  return `${sig.symbol}(${sig.params.join(",")})->${sig.ret}`;
}

/** A double as text that parses back to the same bits (-0.0, inf, nan included). */
export function formatDouble(d: number): string {
  if (Number.isNaN(d)) return "nan";
  if (!Number.isFinite(d)) return d > 0 ? "inf" : "-inf";
  if (Object.is(d, -0)) return "-0.0";
  return String(d);
}

const BARE = /^[A-Za-z0-9_.$<>@-]+$/;

function formatAttr(k: string, val: unknown): string {
  switch (k) {
    case "callee": return formatSig(val as FunctionSig);
    case "pytype": {
      const t = val as CheckedType;
      const flags = [t.desc && "desc", t.optional && "opt"].filter(Boolean).join(",");
      return `${t.symbol}:${t.name}${flags ? `:${flags}` : ""}`;
    }
    case "double": return formatDouble(val as number);
    default:
      if (typeof val === "string") return BARE.test(val) ? val : JSON.stringify(val);
      return String(val);
  }
}

function formatAttrs(a: Attrs): string {
  const parts: string[] = [];
  for (const [k, val] of Object.entries(a)) {
    if (val === undefined || k === "target" || k === "then" || k === "else") continue;
    parts.push(`${k}=${formatAttr(k, val)}`);
  }
  return parts.length ? ` {${parts.join(" ")}}` : "";
}

export function formatInstr(i: Instr): string {
  if (i.op === "Jump") return `Jump b${i.attrs.target!.id}(${i.args.map(formatValue).join(", ")})`;
  if (i.op === "Branch") return `Branch ${formatValue(i.args[0])} ? b${i.attrs.then!.id} : b${i.attrs.else!.id}`;
  const lhs = i.result ? `${formatDef(i.result)} = ` : "";
  const args = i.args.map((a) => ` ${formatValue(a)}`).join("");
  const cleanup = i.cleanup && i.cleanup.length ? ` !cleanup(${i.cleanup.map(formatValue).join(" ")})` : "";
  const inlined = i.inlined ? ` !inlined(${i.inlined.map((fr) => `${fr.name}:${fr.line}`).join(" ")})` : "";
  return `${lhs}${i.op}${args}${formatAttrs(i.attrs)}${inlined}${cleanup}`;
}

export function printFunction(f: HFunction): string {
  const lines = [`fn ${f.name}(${f.sig.params.join(", ")}) -> ${f.sig.ret} @${f.sig.symbol}`];
  for (const b of f.blocks) {
    const params = b.params.length ? `(${b.params.map(formatDef).join(", ")})` : "";
    lines.push(`b${b.id}${params}:`);
    for (const i of b.instrs) lines.push(`  ${formatInstr(i)}`);
  }
  return lines.join("\n") + "\n";
}
