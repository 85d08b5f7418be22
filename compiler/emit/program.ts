// The program object of an executable (`cinderc --exe`): the CSR_Program table main.c reads,
// naming the module that runs as __main__ and the modules importable by name.
//
//   cinderc_program = { &cinderc_module___main__, 1, { {"util", PyInit_util} } }

import type { ObjectFile } from "../../backend/elf/object.js";
import { SectionBuilder } from "./section.js";

export function emitProgramObject(mainDesc: string, modules: { name: string; init: string }[]): ObjectFile {
  const rodata = new SectionBuilder(".rodata", "rodata", 8);
  const data = new SectionBuilder(".data", "data", 8);
  const names = modules.map((m, i) => {
    const sym = `cinderc.program.name.${i}`;
    rodata.symbol(sym, "object");
    rodata.raw([...Buffer.from(m.name, "utf8"), 0]);
    rodata.endSymbol();
    return sym;
  });
  data.symbol("cinderc.program.modules", "object");
  modules.forEach((m, i) => {
    data.ptr(names[i]); // CSR_ProgramModule.name
    data.ptr(m.init); //  CSR_ProgramModule.init
  });
  if (!modules.length) data.zeros(16);
  data.endSymbol();
  data.symbol("cinderc_program", "object", "global");
  data.ptr(mainDesc);
  data.i64(modules.length);
  data.ptr("cinderc.program.modules");
  data.endSymbol();
  const sections = [rodata, data].filter((s) => s.size > 0);
  return {
    sections: sections.map((s) => s.section()),
    symbols: sections.flatMap((s) => s.symbols),
    relocs: sections.flatMap((s) => s.relocs),
  };
}
