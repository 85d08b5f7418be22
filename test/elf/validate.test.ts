// Invalid input to writeObject: each case breaks the fixture object one way and names the
// line the thrown Error must contain.

import assert from "node:assert/strict";
import { type ObjectFile, writeObject } from "../../backend/elf/object.js";
import { fixtureObject } from "./fixture.js";

interface InvalidCase {
  title: string;
  breakIt(obj: ObjectFile): void;
  error: string;
}

const text = (obj: ObjectFile) => obj.sections.find((s) => s.name === ".text")!;

const CASES: InvalidCase[] = [
  {
    title: "duplicate symbol",
    breakIt: (obj) => obj.symbols.push({ ...obj.symbols[0] }),
    error: `symbol "answer" is declared twice`,
  },
  {
    title: "duplicate section",
    breakIt: (obj) => obj.sections.push({ ...text(obj) }),
    error: `section ".text" is declared twice`,
  },
  {
    title: "section name the writer generates",
    breakIt: (obj) => obj.sections.push({ name: ".rela.text", kind: "data", data: new Uint8Array(8), align: 8 }),
    error: `section ".rela.text" is a name the ELF writer generates`,
  },
  {
    title: "alignment not a power of two",
    breakIt: (obj) => { text(obj).align = 12; },
    error: `section ".text" has alignment 12, which is not a power of two`,
  },
  {
    title: "symbol in an unknown section",
    breakIt: (obj) => { obj.symbols[0].section = ".text.hot"; },
    error: `symbol "answer" is in unknown section ".text.hot"`,
  },
  {
    title: "symbol past the end of its section",
    breakIt: (obj) => { obj.symbols[0].value = 63; },
    error: `symbol "answer" spans 63..69, past the end of .text (size 64)`,
  },
  {
    title: "local undefined symbol",
    breakIt: (obj) => obj.symbols.push({ name: "nowhere", value: 0, size: 0, binding: "local", type: "func" }),
    error: `symbol "nowhere" is local but has no section; only globals can be undefined`,
  },
  {
    title: "relocation in an unknown section",
    breakIt: (obj) => { obj.relocs[0].section = ".init"; },
    error: `relocation R_X86_64_PLT32 at .init+15 against "twice" is in unknown section ".init"`,
  },
  {
    title: "relocation field past the end of its section",
    breakIt: (obj) => { obj.relocs[0].offset = 61; },
    error: `relocation R_X86_64_PLT32 at .text+61 against "twice" patches 4 bytes outside .text (size 64)`,
  },
  {
    title: "relocation in .bss",
    breakIt: (obj) => obj.relocs.push({ section: ".bss", offset: 0, type: "R_X86_64_64", symbol: "answer", addend: 0 }),
    error: `relocation R_X86_64_64 at .bss+0 against "answer" patches .bss, which has no bytes to patch`,
  },
  {
    title: "overlapping relocations",
    breakIt: (obj) => obj.relocs.push({ section: ".data", offset: 4, type: "R_X86_64_64", symbol: "answer", addend: 0 }),
    error: "relocations at .data+0 and .data+4 overlap",
  },
];

describe("ELF writer: invalid input", () => {
  for (const c of CASES) {
    it(c.title, () => {
      const obj = fixtureObject();
      c.breakIt(obj);
      assert.throws(() => writeObject(obj), (e: Error) => {
        assert.ok(e.message.split("\n").some((line) => line.trim() === c.error), `expected "${c.error}" in:\n${e.message}`);
        return true;
      });
    });
  }

  it("reports every problem at once", () => {
    const obj = fixtureObject();
    obj.symbols.push({ ...obj.symbols[0] });
    obj.relocs[0].offset = 1000;
    assert.throws(() => writeObject(obj), /declared twice\n.*outside \.text/);
  });
});
