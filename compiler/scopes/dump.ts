// The text form of symbol tables (`cinderc --emit scopes`), the same text that
// test/scopes/symtable_dump.py prints from CPython's `symtable` module, so the two compare
// byte for byte.
//
// Consumes: the module Block (symtable.ts). Produces: text, one line per table and per symbol:
//   TYPE NAME line LINENO [nested] [params(P, ...)]     a table (params only for functions)
//     NAME: SCOPE FLAG|FLAG                             a symbol ("-" when no flag is set)
//     ...child tables, indented two more spaces
// Invariants: symbols sorted by name in UTF-16 code unit order (Python sorts the same way by
// encoding names as UTF-16-BE), so the order never depends on set iteration; children in
// CPython's order. No addresses or ids.
// Example: `def f(a):\n  return lambda: a` prints
//   module top line 0
//     f: LOCAL DEF_LOCAL
//     function f line 1 params(a)
//       a: CELL DEF_PARAM
//       function lambda line 2 nested params()
//         a: FREE USE
import { type Block, FLAG, type FlagName } from "./symtable.js";

export function dumpScopes(top: Block): string {
  const lines: string[] = [];
  dumpBlock(top, "", lines);
  return lines.join("\n") + "\n";
}

function dumpBlock(block: Block, indent: string, lines: string[]): void {
  let header = `${indent}${block.type} ${block.name} line ${block.lineno}`;
  if (block.nested) header += " nested";
  if (block.type === "function") header += ` params(${block.varnames.join(", ")})`;
  lines.push(header);
  for (const name of [...block.symbols.keys()].sort()) {
    const sym = block.symbols.get(name)!;
    lines.push(`${indent}  ${name}: ${sym.scope} ${flagNames(sym.flags)}`);
  }
  for (const child of block.children) dumpBlock(child, indent + "  ", lines);
}

function flagNames(flags: number): string {
  return (Object.keys(FLAG) as FlagName[]).filter((f) => flags & FLAG[f]).join("|") || "-";
}
