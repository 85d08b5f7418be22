// Writes an ELF64 x86-64 relocatable object (.o) that GNU ld, gold, lld and mold accept,
// with no assembler in the loop.
//
// Consumes an ObjectFile: content sections, symbols, relocations by symbol name.
// Produces the bytes of the .o. Sections come out as
//   null, each content section followed by its .rela (if it has relocations),
//   .note.GNU-stack, .symtab, .strtab, .shstrtab
// and the file as ELF header, those sections, then the section header table.
// Invariants: input is validated first (validate.ts); every chunk's size and header are fixed
// before the first byte is written (chunk.ts explains the phases).
//
//   writeObject({
//     sections: [{ name: ".text", kind: "text", data: bytes("b8 2a 00 00 00 c3"), align: 16 }],
//     symbols: [{ name: "answer", section: ".text", value: 0, size: 6, binding: "global", type: "func" }],
//     relocs: [],
//   })
//   -> readelf -s: 2: 0000000000000000  6 FUNC GLOBAL DEFAULT 1 answer

import type { RelocType } from "../x86/inst.js";
import type { Chunk } from "./chunk.js";
import { SHN } from "./consts.js";
import { ContentChunk, GnuStackNoteChunk } from "./content.js";
import { ElfHeaderChunk } from "./header.js";
import { RelaChunk } from "./rela.js";
import { SectionTableChunk } from "./section-table.js";
import { StringTableChunk } from "./strtab.js";
import { SymtabChunk } from "./symtab.js";
import { validateObject } from "./validate.js";

/** A section of code or data. For bss, data.length is the size and the contents are ignored. */
export interface ObjSection {
  name: string;
  kind: "text" | "data" | "rodata" | "bss";
  data: Uint8Array;
  align: number;
}

export interface ObjSymbol {
  name: string;
  /** The defining section; undefined for an undefined (extern) symbol. */
  section?: string;
  value: number;
  size: number;
  binding: "local" | "global";
  type: "func" | "object" | "notype" | "tls";
}

export interface ObjReloc {
  section: string;
  offset: number;
  type: RelocType;
  /** A declared symbol, or any other name, which then becomes an undefined global. */
  symbol: string;
  addend: number;
}

export interface ObjectFile {
  /** Name for the STT_FILE symbol (what debuggers and `nm -a` show as the source). */
  sourceFile?: string;
  sections: ObjSection[];
  symbols: ObjSymbol[];
  relocs: ObjReloc[];
}

export function writeObject(obj: ObjectFile): Uint8Array {
  // Reject bad input up front, so the chunks below need no error paths.
  validateObject(obj);

  // Decide contents. The symbol table sorts symbols (locals first) in its constructor, and
  // relocations look their symbol indices up there when written.
  const contents = new Map<string, Chunk>(obj.sections.map((s) => [s.name, new ContentChunk(s)]));
  const strtab = new StringTableChunk(".strtab");
  const symtab = new SymtabChunk(obj, contents, strtab);
  const shstrtab = new StringTableChunk(".shstrtab");
  const sections: Chunk[] = [];
  for (const [name, chunk] of contents) {
    sections.push(chunk);
    const relocs = obj.relocs.filter((r) => r.section === name);
    if (relocs.length > 0) sections.push(new RelaChunk(chunk, relocs, symtab));
  }
  sections.push(new GnuStackNoteChunk(), symtab, strtab, shstrtab);
  if (sections.length + 1 >= SHN.LORESERVE) throw new Error(`too many sections (${sections.length}) for st_shndx`);

  // Number and name the sections: finalize() needs indices for sh_link and sh_info.
  sections.forEach((chunk, i) => {
    chunk.index = i + 1;
    chunk.shdr.name = shstrtab.add(chunk.name);
  });
  const table = new SectionTableChunk(sections);
  const chunks: Chunk[] = [new ElfHeaderChunk(table, shstrtab), ...sections, table];

  // Fix sizes, then offsets; after this nothing about the layout changes.
  for (const chunk of chunks) chunk.finalize();
  let end = 0;
  for (const chunk of chunks) {
    chunk.shdr.offset = alignTo(end, chunk.shdr.addralign);
    end = chunk.shdr.offset + chunk.fileSize();
  }

  // Write every chunk into its own window of the output.
  const out = new Uint8Array(end);
  for (const chunk of chunks) {
    chunk.write(out.subarray(chunk.shdr.offset, chunk.shdr.offset + chunk.fileSize()));
  }
  return out;
}

function alignTo(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}
