// Reads an ELF64 little-endian object back for tests: sections, .symtab and every .rela.*.
//
// Consumes the bytes of a .o (or any ELF64 file with a .symtab). elfy decodes the ELF header
// and section table; this file decodes what elfy does not (symbols, relocations) and re-reads
// sh_addralign and sh_entsize, which elfy takes from the wrong offsets for ELF64.
// Produces plain records whose field names match the writer's input where they overlap
// (ObjSymbol, ObjReloc), so tests can compare them directly. Relocation types come out by name.
//
//   readObject(writeObject(obj)).relocs
//   -> [{ section: ".text", offset: 39, type: "R_X86_64_PLT32", symbol: "puts", symbolIndex: 16, addend: -4 }]

import elfy from "elfy";
import { view } from "../../backend/elf/chunk.js";
import { RELA_SIZE, SHN, SHT, SYM_SIZE } from "../../backend/elf/consts.js";
import { relocTypeName } from "../../backend/elf/reloc-types.js";

export interface ReadSection {
  index: number;
  name: string;
  /** sh_type as readelf prints it: "PROGBITS", "NOBITS", "RELA", ... */
  type: string;
  /** sh_flags as readelf's letters, in readelf's order: "AX", "WA", "I", "". */
  flags: string;
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  /** The section's bytes in the file; empty for NOBITS. */
  data: Uint8Array;
}

export interface ReadSymbol {
  index: number;
  /** The name in .strtab ("" for section symbols and the null symbol). */
  name: string;
  value: number;
  size: number;
  binding: "local" | "global" | "weak";
  type: "notype" | "object" | "func" | "section" | "file";
  /** Raw st_shndx: 0 undefined, 0xfff1 absolute, otherwise a section index. */
  shndx: number;
  /** Name of the defining section; undefined for undefined and absolute symbols. */
  section?: string;
}

export interface ReadReloc {
  /** The section patched (sh_info of the .rela section), not the .rela section itself. */
  section: string;
  offset: number;
  /** "R_X86_64_PC32", or "R_X86_64_<number>" for types the writer does not know. */
  type: string;
  /** The symbol's name; for a section symbol, the section's name (as readelf shows it). */
  symbol: string;
  symbolIndex: number;
  addend: number;
}

export interface ReadObject {
  /** e_type and e_machine as elfy names them: "rel", "amd64". */
  fileType: string;
  machine: string;
  sections: ReadSection[];
  symbols: ReadSymbol[];
  relocs: ReadReloc[];
}

const BINDINGS = ["local", "global", "weak"] as const;
const TYPES = ["notype", "object", "func", "section", "file"] as const;
/** elfy's flag names to readelf's letters, in the order readelf prints them. */
const FLAG_LETTERS: [string, string][] = [
  ["write", "W"], ["alloc", "A"], ["execinstr", "X"], ["merge", "M"], ["strings", "S"],
  ["info_link", "I"], ["link_order", "L"], ["os_nonconforming", "O"], ["group", "G"], ["tls", "T"],
];

export function readObject(bytes: Uint8Array): ReadObject {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const elf = elfy.parse(buf);
  if (elf.class !== "64" || elf.endian !== "lsb") throw new Error(`not ELF64 little-endian: ${elf.class} ${elf.endian}`);

  const sections: ReadSection[] = elf.body.sections.map((s, index) => {
    const shdr = elf.shoff + index * elf.shentsize;
    const type = String(s.type).toUpperCase();
    return {
      index,
      name: s.name,
      type,
      flags: FLAG_LETTERS.filter(([flag]) => s.flags[flag]).map(([, letter]) => letter).join(""),
      offset: s.off,
      size: s.size,
      link: s.link,
      info: s.info,
      addralign: Number(buf.readBigUInt64LE(shdr + 48)),
      entsize: Number(buf.readBigUInt64LE(shdr + 56)),
      data: type === "NOBITS" ? new Uint8Array(0) : new Uint8Array(s.data),
    };
  });
  const rawTypes = elf.body.sections.map((_, index) => buf.readUInt32LE(elf.shoff + index * elf.shentsize + 4));

  const symtabIndex = rawTypes.indexOf(SHT.SYMTAB);
  const symbols = symtabIndex < 0 ? [] : readSymbols(sections[symtabIndex], sections);
  const relocs = sections
    .filter((s) => rawTypes[s.index] === SHT.RELA)
    .flatMap((rela) => readRelocs(rela, sections, readSymbols(sections[rela.link], sections)));
  return { fileType: elf.type, machine: elf.machine, sections, symbols, relocs };
}

function readSymbols(symtab: ReadSection, sections: ReadSection[]): ReadSymbol[] {
  const strtab = sections[symtab.link].data;
  const v = view(symtab.data);
  const symbols: ReadSymbol[] = [];
  for (let at = 0; at < symtab.data.length; at += SYM_SIZE) {
    const info = v.getUint8(at + 4);
    const shndx = v.getUint16(at + 6, true);
    const binding = BINDINGS[info >> 4];
    const type = TYPES[info & 0xf];
    if (binding === undefined || type === undefined) throw new Error(`symbol ${at / SYM_SIZE}: unexpected st_info 0x${info.toString(16)}`);
    // Reserved indices (SHN_ABS, SHN_COMMON) name no section.
    const defined = shndx !== SHN.UNDEF && shndx < SHN.LORESERVE;
    symbols.push({
      index: at / SYM_SIZE,
      name: cString(strtab, v.getUint32(at, true)),
      value: Number(v.getBigUint64(at + 8, true)),
      size: Number(v.getBigUint64(at + 16, true)),
      binding,
      type,
      shndx,
      section: defined ? sections[shndx].name : undefined,
    });
  }
  return symbols;
}

function readRelocs(rela: ReadSection, sections: ReadSection[], symbols: ReadSymbol[]): ReadReloc[] {
  const v = view(rela.data);
  const relocs: ReadReloc[] = [];
  for (let at = 0; at < rela.data.length; at += RELA_SIZE) {
    const info = v.getBigUint64(at + 8, true);
    const symbolIndex = Number(info >> 32n);
    const typeNumber = Number(info & 0xffffffffn);
    const symbol = symbols[symbolIndex];
    relocs.push({
      section: sections[rela.info].name,
      offset: Number(v.getBigUint64(at, true)),
      type: relocTypeName(typeNumber) ?? `R_X86_64_<${typeNumber}>`,
      symbol: symbol.type === "section" ? (symbol.section ?? "") : symbol.name,
      symbolIndex,
      addend: Number(v.getBigInt64(at + 16, true)),
    });
  }
  return relocs;
}

function cString(table: Uint8Array, offset: number): string {
  const end = table.indexOf(0, offset);
  return Buffer.from(table.subarray(offset, end < 0 ? table.length : end)).toString("utf8");
}

