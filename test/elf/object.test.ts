// Structure tests for backend/elf: write the fixture object (fixture.ts), read it back with
// our reader (read.ts), and check both the reader and the writer's input against readelf.
// objdump checks that the hand-assembled bytes are the instructions the fixture says.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHN } from "../../backend/elf/consts.js";
import { type ObjectFile, writeObject } from "../../backend/elf/object.js";
import { FIXTURE_FUNCTIONS, fixtureObject } from "./fixture.js";
import { type ReadObject, readObject } from "./read.js";
import { type ReadelfDump, readelf, readelfHeader } from "./readelf.js";

let dir = "";

/** Writes `obj` to a file in the temp dir; returns its path, our reading and readelf's. */
function writeAndRead(name: string, obj: ObjectFile): { path: string; ours: ReadObject; theirs: ReadelfDump } {
  const bytes = writeObject(obj);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, ours: readObject(bytes), theirs: readelf(path) };
}

/** What readelf prints in the Ndx column for a symbol's st_shndx. */
function ndx(shndx: number): string {
  return shndx === SHN.UNDEF ? "UND" : shndx === SHN.ABS ? "ABS" : String(shndx);
}

describe("ELF writer", () => {
  before(() => { dir = mkdtempSync(join(tmpdir(), "cinderc-elf-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe("fixture object", () => {
    const obj = fixtureObject();
    let path = "";
    let ours: ReadObject;
    let theirs: ReadelfDump;
    before(() => ({ path, ours, theirs } = writeAndRead("fixture.o", obj)));

    it("is an x86-64 relocatable file", () => {
      const header = readelfHeader(path);
      assert.match(header.Type, /^REL\b/);
      assert.equal(header.Machine, "Advanced Micro Devices X86-64");
      assert.equal(header.Class, "ELF64");
      assert.match(header.Data, /little endian/);
      assert.equal(ours.fileType, "rel");
      assert.equal(ours.machine, "amd64");
    });

    it("has the documented sections, in order, with the right headers", () => {
      const expected = [
        { name: "", type: "NULL", flags: "", link: "", info: 0, align: 0, entsize: 0 },
        { name: ".text", type: "PROGBITS", flags: "AX", link: "", info: 0, align: 16, entsize: 0 },
        { name: ".rela.text", type: "RELA", flags: "I", link: ".symtab", info: ".text", align: 8, entsize: 24 },
        { name: ".data", type: "PROGBITS", flags: "WA", link: "", info: 0, align: 8, entsize: 0 },
        { name: ".rela.data", type: "RELA", flags: "I", link: ".symtab", info: ".data", align: 8, entsize: 24 },
        { name: ".rodata", type: "PROGBITS", flags: "A", link: "", info: 0, align: 1, entsize: 0 },
        { name: ".bss", type: "NOBITS", flags: "WA", link: "", info: 0, align: 8, entsize: 0 },
        { name: ".note.GNU-stack", type: "PROGBITS", flags: "", link: "", info: 0, align: 1, entsize: 0 },
        // sh_info of .symtab is the index of the first global: null, file, 4 sections, 3 locals.
        { name: ".symtab", type: "SYMTAB", flags: "", link: ".strtab", info: 9, align: 8, entsize: 24 },
        { name: ".strtab", type: "STRTAB", flags: "", link: "", info: 0, align: 1, entsize: 0 },
        { name: ".shstrtab", type: "STRTAB", flags: "", link: "", info: 0, align: 1, entsize: 0 },
      ];
      const sectionName = (index: number) => (index === 0 ? "" : theirs.sections[index].name);
      const actual = theirs.sections.map((s) => ({
        name: s.name, type: s.type, flags: s.flags, link: sectionName(s.link),
        info: s.type === "RELA" ? sectionName(s.info) : s.info, align: s.align, entsize: s.entsize,
      }));
      assert.deepEqual(actual, expected);
    });

    it("reader agrees with readelf on every section header", () => {
      assert.deepEqual(
        ours.sections.map((s) => ({
          index: s.index, name: s.name, type: s.type, offset: s.offset, size: s.size, entsize: s.entsize,
          flags: s.flags, link: s.link, info: s.info, align: s.addralign,
        })),
        theirs.sections,
      );
    });

    it("stores section bytes unchanged, aligned, and gives .bss no file bytes", () => {
      for (const input of obj.sections) {
        const section = ours.sections.find((s) => s.name === input.name)!;
        assert.equal(section.size, input.data.length, input.name);
        assert.equal(section.offset % input.align, 0, `${input.name} offset ${section.offset} is not ${input.align}-aligned`);
        if (input.kind !== "bss") assert.deepEqual(section.data, input.data, input.name);
      }
      const bss = ours.sections.find((s) => s.name === ".bss")!;
      const next = ours.sections[bss.index + 1];
      assert.ok(next.offset < bss.offset + bss.size, ".bss must not take file space");
    });

    it("reader agrees with readelf on every symbol", () => {
      assert.deepEqual(
        ours.symbols.map((s) => ({
          index: s.index, value: s.value, size: s.size, type: s.type.toUpperCase(), bind: s.binding.toUpperCase(),
          vis: "DEFAULT", ndx: ndx(s.shndx), name: s.type === "section" ? s.section : s.name,
        })),
        theirs.symbols,
      );
    });

    it("orders symbols null, file, sections, locals, globals, undefined", () => {
      const order = ours.symbols.map((s) => `${s.binding} ${s.type} ${s.name || s.section || "-"}`);
      assert.deepEqual(order, [
        "local notype -",
        "local file fixture.py",
        "local section .text",
        "local section .data",
        "local section .rodata",
        "local section .bss",
        // Declared locals and globals keep their input order within each group.
        "local func twice",
        "local object msg",
        "local object counter",
        "global func answer",
        "global object table",
        "global func call_twice",
        "global func greet",
        "global func bump",
        "global object magic",
        "global object bss_block",
        "global notype puts",
      ]);
      const symtab = ours.sections.find((s) => s.name === ".symtab")!;
      assert.equal(ours.symbols[symtab.info].name, "answer", "sh_info must index the first global");
    });

    it("gives every declared symbol back as declared", () => {
      for (const input of obj.symbols) {
        const found = ours.symbols.filter((s) => s.name === input.name);
        assert.equal(found.length, 1, input.name);
        const { name, value, size, binding, type, section } = found[0];
        assert.deepEqual({ name, value, size, binding, type, section }, input);
      }
    });

    it("reader agrees with readelf on every relocation", () => {
      assert.deepEqual(
        ours.relocs.map((r) => ({ rela: `.rela${r.section}`, offset: r.offset, type: r.type, symbol: r.symbol, addend: r.addend })),
        theirs.relocs,
      );
    });

    it("gives every relocation back as written, sorted by offset, with remapped symbol indices", () => {
      const sorted = [".text", ".data"].flatMap((name) =>
        obj.relocs.filter((r) => r.section === name).sort((a, b) => a.offset - b.offset));
      assert.deepEqual(ours.relocs.map(({ section, offset, type, symbol, addend }) => ({ section, offset, type, symbol, addend })), sorted);
      for (const r of ours.relocs) assert.equal(ours.symbols[r.symbolIndex].name, r.symbol);
    });

    it("holds the instructions the fixture lists (objdump)", () => {
      const listing = execFileSync("objdump", ["-d", "-M", "intel", "--no-show-raw-insn", path], { encoding: "utf8" });
      const decoded = [...listing.matchAll(/^\s*([0-9a-f]+):\s+(\S+)/gm)].map((m) => `${parseInt(m[1], 16)} ${m[2]}`);
      let offset = 0;
      const expected = FIXTURE_FUNCTIONS.flatMap((f) => f.code).map((inst) => {
        const line = `${offset} ${inst.asm.split(" ")[0]}`;
        offset += inst.hex.split(" ").length;
        return line;
      });
      assert.deepEqual(decoded, expected);
    });
  });

  describe("small cases", () => {
    const answer = { name: ".text", kind: "text", data: Uint8Array.of(0xb8, 42, 0, 0, 0, 0xc3), align: 16 } as const;

    it("emits only the sections present, and no file symbol without sourceFile", () => {
      const { ours } = writeAndRead("minimal.o", {
        sections: [answer],
        symbols: [{ name: "answer", section: ".text", value: 0, size: 6, binding: "global", type: "func" }],
        relocs: [],
      });
      assert.deepEqual(ours.sections.map((s) => s.name), ["", ".text", ".note.GNU-stack", ".symtab", ".strtab", ".shstrtab"]);
      assert.deepEqual(ours.symbols.map((s) => s.type), ["notype", "section", "func"]);
    });

    it("writes a valid object with no sections at all", () => {
      const { theirs } = writeAndRead("empty.o", { sections: [], symbols: [], relocs: [] });
      assert.deepEqual(theirs.sections.map((s) => s.name), ["", ".note.GNU-stack", ".symtab", ".strtab", ".shstrtab"]);
      assert.equal(theirs.symbols.length, 1);
    });

    it("turns undeclared relocation targets into one undefined global each, in first-use order", () => {
      const call = (offset: number, symbol: string) => ({ section: ".text", offset, type: "R_X86_64_PLT32", symbol, addend: -4 }) as const;
      const { ours, theirs } = writeAndRead("externs.o", {
        sections: [{ name: ".text", kind: "text", data: new Uint8Array(16), align: 1 }],
        symbols: [{ name: "declared_extern", value: 0, size: 0, binding: "global", type: "func" }],
        relocs: [call(1, "b_fn"), call(6, "a_fn"), call(11, "b_fn")],
      });
      assert.deepEqual(
        theirs.symbols.slice(2).map((s) => `${s.name} ${s.type} ${s.bind} ${s.ndx}`),
        ["declared_extern FUNC GLOBAL UND", "b_fn NOTYPE GLOBAL UND", "a_fn NOTYPE GLOBAL UND"],
      );
      assert.deepEqual(ours.relocs.map((r) => r.symbol), ["b_fn", "a_fn", "b_fn"]);
    });

    it("keeps non-ASCII symbol names (Python identifiers) as UTF-8", () => {
      const { ours } = writeAndRead("utf8.o", {
        sections: [answer],
        symbols: [{ name: "café_π", section: ".text", value: 0, size: 6, binding: "global", type: "func" }],
        relocs: [],
      });
      assert.equal(ours.symbols[2].name, "café_π");
    });

    it("writes negative and 64-bit-wide addends", () => {
      const { ours, theirs } = writeAndRead("addends.o", {
        sections: [{ name: ".data", kind: "data", data: new Uint8Array(16), align: 8 }],
        symbols: [],
        relocs: [
          { section: ".data", offset: 0, type: "R_X86_64_64", symbol: "x", addend: -0x123456789 },
          { section: ".data", offset: 8, type: "R_X86_64_64", symbol: "x", addend: 0x1_0000_0000 },
        ],
      });
      assert.deepEqual(ours.relocs.map((r) => r.addend), [-0x123456789, 0x1_0000_0000]);
      assert.deepEqual(theirs.relocs.map((r) => r.addend), [-0x123456789, 0x1_0000_0000]);
    });
  });
});
