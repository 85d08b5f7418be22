// Checks an ObjectFile before any chunk is built, so the writer itself can assume
// well-formed input. Every problem is collected and thrown together in one Error, one line
// each: the input comes from the code generator, so any error here is a compiler bug and
// seeing all of them at once helps find it.
//
//   symbols [{ name: "f", ... }, { name: "f", ... }]
//   -> Error: invalid object file:
//        symbol "f" is declared twice

import { SECTION_KINDS } from "./consts.js";
import type { ObjectFile, ObjSection } from "./object.js";
import { RELOC_TYPES } from "./reloc-types.js";

/** Section names the writer makes itself. */
const GENERATED = new Set([".symtab", ".strtab", ".shstrtab", ".note.GNU-stack"]);

export function validateObject(obj: ObjectFile): void {
  const errors: string[] = [];
  const sections = new Map<string, ObjSection>();
  const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

  for (const s of obj.sections) {
    const what = `section ${JSON.stringify(s.name)}`;
    if (s.name === "") errors.push("a section has an empty name");
    else if (sections.has(s.name)) errors.push(`${what} is declared twice`);
    else if (GENERATED.has(s.name) || s.name.startsWith(".rela")) errors.push(`${what} is a name the ELF writer generates`);
    if (!Object.hasOwn(SECTION_KINDS, s.kind)) errors.push(`${what} has unknown kind ${JSON.stringify(s.kind)}`);
    if (!Number.isSafeInteger(s.align) || s.align < 1 || (s.align & (s.align - 1)) !== 0) {
      errors.push(`${what} has alignment ${s.align}, which is not a power of two`);
    }
    sections.set(s.name, s);
  }

  const symbols = new Set<string>();
  for (const sym of obj.symbols) {
    const what = `symbol ${JSON.stringify(sym.name)}`;
    if (sym.name === "") errors.push("a symbol has an empty name");
    else if (symbols.has(sym.name)) errors.push(`${what} is declared twice`);
    symbols.add(sym.name);
    if (sym.binding !== "local" && sym.binding !== "global") errors.push(`${what} has unknown binding ${JSON.stringify(sym.binding)}`);
    if (!["func", "object", "notype", "tls"].includes(sym.type)) errors.push(`${what} has unknown type ${JSON.stringify(sym.type)}`);
    if (!isCount(sym.value) || !isCount(sym.size)) {
      errors.push(`${what} has value ${sym.value} and size ${sym.size}; both must be non-negative integers`);
      continue;
    }
    if (sym.section === undefined) {
      if (sym.binding === "local") errors.push(`${what} is local but has no section; only globals can be undefined`);
      if (sym.value !== 0 || sym.size !== 0) errors.push(`${what} is undefined but has a nonzero value or size`);
      continue;
    }
    const section = sections.get(sym.section);
    if (section === undefined) errors.push(`${what} is in unknown section ${JSON.stringify(sym.section)}`);
    else if (sym.value + sym.size > section.data.length) {
      errors.push(`${what} spans ${sym.value}..${sym.value + sym.size}, past the end of ${sym.section} (size ${section.data.length})`);
    }
  }

  const ends = new Map<string, { offset: number; end: number }[]>();
  for (const r of obj.relocs) {
    const what = `relocation ${r.type} at ${r.section}+${r.offset} against ${JSON.stringify(r.symbol)}`;
    const info = Object.hasOwn(RELOC_TYPES, r.type) ? RELOC_TYPES[r.type] : undefined;
    const section = sections.get(r.section);
    if (r.symbol === "") errors.push(`${what} names no symbol`);
    if (!Number.isSafeInteger(r.addend)) errors.push(`${what} has addend ${r.addend}, which is not a safe integer`);
    if (info === undefined) errors.push(`${what} has an unknown type`);
    if (section === undefined) errors.push(`${what} is in unknown section ${JSON.stringify(r.section)}`);
    else if (section.kind === "bss") errors.push(`${what} patches ${r.section}, which has no bytes to patch`);
    if (info === undefined || section === undefined) continue;
    if (!isCount(r.offset) || r.offset + info.width > section.data.length) {
      errors.push(`${what} patches ${info.width} bytes outside ${r.section} (size ${section.data.length})`);
      continue;
    }
    const spans = ends.get(r.section) ?? [];
    ends.set(r.section, spans);
    spans.push({ offset: r.offset, end: r.offset + info.width });
  }
  for (const [name, spans] of ends) {
    spans.sort((a, b) => a.offset - b.offset);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].offset < spans[i - 1].end) {
        errors.push(`relocations at ${name}+${spans[i - 1].offset} and ${name}+${spans[i].offset} overlap`);
      }
    }
  }

  if (obj.sourceFile === "") errors.push("sourceFile is empty; leave it out instead");
  if (errors.length > 0) throw new Error(`invalid object file:\n  ${errors.join("\n  ")}`);
}
