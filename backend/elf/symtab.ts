// .symtab: the symbols of one object file, in the order ELF requires.
//
// Consumes the validated ObjectFile, the content section chunks by name, and .strtab (it adds
// every symbol name there). Produces Elf64_Sym entries in this order:
//   null, STT_FILE (if sourceFile), one STT_SECTION per content section,
//   declared locals, declared globals, then undefined globals for names that relocations
//   reference but nobody declared (in order of first reference).
// Invariant: locals precede globals and sh_info is the index of the first global; the ELF
// spec requires it and ld rejects objects that break it. Relocations look up symbol indices
// here (indexOf) because sorting moves symbols away from their input positions.
//
//   symbols [g (global, .text), s (local, .text)], reloc -> puts
//   -> 0 null, 1 .text SECTION, 2 s LOCAL, 3 g GLOBAL, 4 puts GLOBAL UND; sh_info = 3

import { Chunk, view } from "./chunk.js";
import { SHN, STB, STT, STV_DEFAULT, SHT, SYM_SIZE } from "./consts.js";
import type { ObjectFile, ObjSymbol } from "./object.js";
import type { StringTableChunk } from "./strtab.js";

interface SymbolEntry {
  name: string;
  binding: number;
  type: number;
  /** The defining section, or where a symbol without one lives. */
  section: Chunk | "undef" | "abs";
  value: number;
  size: number;
}

const BINDINGS: Record<ObjSymbol["binding"], number> = { local: STB.LOCAL, global: STB.GLOBAL };
const TYPES: Record<ObjSymbol["type"], number> = { func: STT.FUNC, object: STT.OBJECT, notype: STT.NOTYPE, tls: STT.TLS };

export class SymtabChunk extends Chunk {
  private readonly entries: SymbolEntry[] = [];
  private readonly indices = new Map<string, number>();
  private readonly firstGlobal: number;

  constructor(obj: ObjectFile, sections: ReadonlyMap<string, Chunk>, private readonly strtab: StringTableChunk) {
    super(".symtab");
    this.shdr.type = SHT.SYMTAB;
    this.shdr.addralign = 8;
    this.shdr.entsize = SYM_SIZE;

    this.entries.push({ name: "", binding: STB.LOCAL, type: STT.NOTYPE, section: "undef", value: 0, size: 0 });
    if (obj.sourceFile !== undefined) {
      this.entries.push({ name: obj.sourceFile, binding: STB.LOCAL, type: STT.FILE, section: "abs", value: 0, size: 0 });
    }
    for (const chunk of sections.values()) {
      this.entries.push({ name: "", binding: STB.LOCAL, type: STT.SECTION, section: chunk, value: 0, size: 0 });
    }
    const declared = (s: ObjSymbol) => this.declare({
      name: s.name,
      binding: BINDINGS[s.binding],
      type: TYPES[s.type],
      section: s.section === undefined ? "undef" : sections.get(s.section)!,
      value: s.value,
      size: s.size,
    });
    obj.symbols.filter((s) => s.binding === "local").forEach(declared);
    this.firstGlobal = this.entries.length;
    obj.symbols.filter((s) => s.binding === "global").forEach(declared);
    for (const r of obj.relocs) {
      if (!this.indices.has(r.symbol)) {
        // A thread-pointer offset can only refer to a TLS symbol; the linker insists.
        const type = r.type === "R_X86_64_TPOFF32" ? STT.TLS : STT.NOTYPE;
        this.declare({ name: r.symbol, binding: STB.GLOBAL, type, section: "undef", value: 0, size: 0 });
      }
    }
    for (const e of this.entries) strtab.add(e.name);
  }

  private declare(entry: SymbolEntry): void {
    this.indices.set(entry.name, this.entries.length);
    this.entries.push(entry);
  }

  /** The .symtab index of a named (non-section, non-file) symbol. */
  indexOf(name: string): number {
    const index = this.indices.get(name);
    if (index === undefined) throw new Error(`internal: symbol ${JSON.stringify(name)} is not in .symtab`);
    return index;
  }

  finalize(): void {
    this.shdr.size = this.entries.length * SYM_SIZE;
    this.shdr.link = this.strtab.index;
    this.shdr.info = this.firstGlobal;
  }

  write(out: Uint8Array): void {
    const v = view(out);
    this.entries.forEach((e, i) => {
      const at = i * SYM_SIZE;
      const shndx = e.section === "undef" ? SHN.UNDEF : e.section === "abs" ? SHN.ABS : e.section.index;
      v.setUint32(at, this.strtab.offsetOf(e.name), true);
      v.setUint8(at + 4, (e.binding << 4) | e.type);
      v.setUint8(at + 5, STV_DEFAULT);
      v.setUint16(at + 6, shndx, true);
      v.setBigUint64(at + 8, BigInt(e.value), true);
      v.setBigUint64(at + 16, BigInt(e.size), true);
    });
  }
}
