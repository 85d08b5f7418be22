// HIR text form (`cinderc --emit hir`): deterministic numbering, no addresses, no alignment.
//
//   fn fib(int64) -> int64
//   b0:
//     v0:int64 = Param 0
//     v2:cbool = IntCompare v0 v1 {cond=lt}
//     Branch v2 ? b1 : b2
//   b1:
//     v5:object+ = CallC v3 v4 {cfunc=PyNumber_Add} !cleanup(v3)

import type { Attrs, HFunction, Instr, Value } from "./hir.js";

const REF_MARK = { owned: "+", borrowed: "", immortal: "!" } as const;

export function formatValue(v: Value): string {
  return `v${v.id}`;
}

function formatDef(v: Value): string {
  return `v${v.id}:${v.repr}${v.ref ? REF_MARK[v.ref] : ""}`;
}

function formatAttrs(a: Attrs): string {
  const parts: string[] = [];
  for (const [k, val] of Object.entries(a)) {
    if (val === undefined) continue;
    let text: string;
    if (k === "target" || k === "then" || k === "else") text = `b${(val as { id: number }).id}`;
    else if (k === "callee") text = (val as { symbol: string }).symbol;
    else if (k === "pytype") text = (val as { name: string }).name;
    else if (typeof val === "string") text = JSON.stringify(val).slice(1, -1).includes(" ") ? JSON.stringify(val) : val;
    else text = String(val);
    parts.push(`${k}=${text}`);
  }
  return parts.length ? ` {${parts.join(" ")}}` : "";
}

export function formatInstr(i: Instr): string {
  if (i.op === "Jump") return `Jump b${i.attrs.target!.id}(${i.args.map(formatValue).join(", ")})`;
  if (i.op === "Branch") return `Branch ${formatValue(i.args[0])} ? b${i.attrs.then!.id} : b${i.attrs.else!.id}`;
  const lhs = i.result ? `${formatDef(i.result)} = ` : "";
  const args = i.args.map((a) => ` ${formatValue(a)}`).join("");
  const cleanup = i.cleanup && i.cleanup.length ? ` !cleanup(${i.cleanup.map(formatValue).join(" ")})` : "";
  return `${lhs}${i.op}${args}${formatAttrs(i.attrs)}${cleanup}`;
}

export function printFunction(f: HFunction): string {
  const lines = [`fn ${f.name}(${f.sig.params.join(", ")}) -> ${f.sig.ret}`];
  for (const b of f.blocks) {
    const params = b.params.length ? `(${b.params.map(formatDef).join(", ")})` : "";
    lines.push(`b${b.id}${params}:`);
    for (const i of b.instrs) lines.push(`  ${formatInstr(i)}`);
  }
  return lines.join("\n") + "\n";
}
