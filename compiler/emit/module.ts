// The object file of one compiled module: machine code for every function, and the data the
// runtime reads (runtime-support/cinderc.h): the CSR_ModuleDesc, the constant descriptors and
// their bytes, a CSR_FunctionDesc per `def`, a CSR_NativeDesc per `@native` def, and the constant cells (.bss).
//
// Consumes: an HModule (for the tables) and its functions already assembled.
// Produces: an ObjectFile for backend/elf. Exported symbols: the module descriptor
// (`cinderc_module_<name>`) and, for importable modules, `PyInit_<name>`.

import type { ObjectFile } from "../../backend/elf/object.js";
import type { Reloc } from "../../backend/x86/inst.js";
import type { HModule } from "../hir/build/module.js";
import type { HClassDesc } from "../hir/build/class.js";
import type { HGenericDesc } from "../hir/build/containers.js";
import { GLOBAL_CACHE_SIZE, METH_FASTCALL_KEYWORDS } from "../runtime.js";
import { SectionBuilder } from "./section.js";

export interface AssembledFunction {
  symbol: string;
  global: boolean;
  code: Uint8Array;
  relocs: Reloc[];
}

const CONST_KIND = { str: 1, int: 2, float: 3, tuple: 4 } as const;

/** C strings in .rodata, deduplicated, with module-local symbols. */
export class CStringPool {
  private readonly symbols = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  cstring(s: string): string {
    let sym = this.symbols.get(s);
    if (!sym) this.symbols.set(s, (sym = `${this.prefix}.str.${this.symbols.size}`));
    return sym;
  }

  emit(rodata: SectionBuilder): void {
    for (const [s, sym] of this.symbols) {
      rodata.symbol(sym, "object");
      rodata.raw([...Buffer.from(s, "utf8"), 0]);
      rodata.endSymbol();
    }
  }
}

/** UTF-8 that keeps lone surrogates (as the runtime decodes them, "surrogatepass"): Python
 *  strings may hold them, and Buffer.from would turn them into U+FFFD. `codePoints`, when
 *  given, are the string's code points: a surrogate pair written as escapes stays two. */
export function utf8SurrogatePass(s: string, codePoints?: readonly number[]): number[] {
  const out: number[] = [];
  for (const c of codePoints ?? Array.from(s, (ch) => ch.codePointAt(0)!)) {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** A CSR_ClassDesc (80 bytes) with its field and vtable-slot arrays. */
function emitClassDesc(data: SectionBuilder, strings: CStringPool, c: HClassDesc): void {
  const fieldsSym = `${c.desc}.fields`;
  const slotsSym = `${c.desc}.vslots`;
  data.symbol(fieldsSym, "object");
  for (const f of c.fields) {
    data.ptr(strings.cstring(f.name)); //  name
    data.i64(f.offset); //                 offset
    data.i64(f.kind); //                   kind
    data.ptr(f.pytype ?? null); //         pytype
    data.ptr(f.cls ?? null); //            cls
    data.i64(f.optional ? 1 : 0); //       optional
    data.ptr(f.generic ?? null); //        generic
    data.i64(f.flags); //                  flags
  }
  if (!c.fields.length) data.zeros(8);
  data.endSymbol();
  data.symbol(slotsSym, "object");
  for (const v of c.vslots) {
    data.ptr(strings.cstring(v.name)); //  name
    data.ptr(v.thunk); //                  thunk
  }
  if (!c.vslots.length) data.zeros(8);
  data.endSymbol();
  data.symbol(c.desc, "object");
  data.ptr(strings.cstring(c.name)); //     name
  data.ptr(strings.cstring(c.qualname)); // qualname
  data.ptr(null); //                        type (set when the class statement runs)
  data.ptr(c.base ?? null); //              base
  data.i64(c.basicsize); //                 basicsize
  data.i64(c.flags); //                     flags
  data.i64(c.fields.length); //             nfields
  data.ptr(fieldsSym); //                   fields
  data.i64(c.vslots.length); //             nslots
  data.ptr(slotsSym); //                    vslots
  data.endSymbol();
}

/** A CSR_GenericDesc (112 bytes): the checked container type's definition and arguments. */
function emitGenericDesc(data: SectionBuilder, strings: CStringPool, g: HGenericDesc): void {
  data.symbol(g.desc, "object");
  data.ptr(strings.cstring(g.name)); //     name
  data.i64(g.def); //                       def
  data.ptr(null); //                        type (made on first use)
  data.i64(g.params.length); //             nparams
  for (let k = 0; k < 2; k++) {
    const p = g.params[k];
    data.ptr(p?.pytype ?? null); //         pytype
    data.ptr(p?.cls ?? null); //            cls
    data.ptr(p?.generic ?? null); //        generic
    data.i64(p?.code ?? -1); //             code
    data.i64(p?.optional ? 1 : 0); //       optional
  }
  data.endSymbol();
}

export function emitModuleObject(hm: HModule, functions: AssembledFunction[], strings: CStringPool): ObjectFile {
  const text = new SectionBuilder(".text", "text");
  for (const f of functions) {
    text.alignTo(16);
    const base = text.size;
    text.symbol(f.symbol, "func", f.global ? "global" : "local");
    text.raw(f.code);
    text.endSymbol();
    for (const r of f.relocs) text.reloc(r.type, r.symbol, r.addend, base + r.offset);
  }

  const rodata = new SectionBuilder(".rodata", "rodata", 8);
  const data = new SectionBuilder(".data", "data", 8);
  const bss = new SectionBuilder(".bss", "bss", 8);

  // Constant bytes, then their CSR_ConstDesc array.
  const constData = hm.consts.map((c, i) => {
    const sym = `${hm.name}.const.${i}`;
    rodata.alignTo(8);
    rodata.symbol(sym, "object");
    let len: number;
    switch (c.kind) {
      case "str": { const b = utf8SurrogatePass(c.value, c.codePoints); rodata.raw(b); len = b.length; break; }
      case "int": { const b = Buffer.from(c.value.toString(), "ascii"); rodata.raw(b); len = b.length; break; }
      case "float": rodata.f64(c.value); len = 8; break;
      case "tuple": c.items.forEach((k) => rodata.i64(k)); len = c.items.length; break;
    }
    if (rodata.size === rodata.symbols[rodata.symbols.length - 1].value) rodata.zeros(1);
    rodata.endSymbol();
    return { sym, len, kind: CONST_KIND[c.kind] };
  });
  const descsSym = `${hm.name}.constdescs`;
  data.symbol(descsSym, "object");
  for (const c of constData) {
    data.i64(c.kind);
    data.i64(c.len);
    data.ptr(c.sym);
  }
  if (!constData.length) data.zeros(8);
  data.endSymbol();

  // CSR_FunctionDesc per def, each with its parameter-name array.
  for (const fn of hm.pyFunctions) {
    const namesSym = `${fn.desc}.params`;
    data.symbol(namesSym, "object");
    for (const p of fn.params) data.ptr(strings.cstring(p));
    if (!fn.params.length) data.zeros(8);
    data.endSymbol();
    data.symbol(fn.desc, "object");
    data.ptr(strings.cstring(fn.name)); //     def.ml_name
    data.ptr(fn.boxed); //                     def.ml_meth
    data.i32(METH_FASTCALL_KEYWORDS); //       def.ml_flags
    data.i32(0);
    data.ptr(null); //                         def.ml_doc
    data.ptr(strings.cstring(fn.qualname)); // qualname
    data.i64(fn.params.length); //             nparams
    data.ptr(namesSym); //                     param_names
    data.ptr(null); //                         func (set when the def runs)
    data.i64(fn.nkwonly); //                   nkwonly
    data.ptr(fn.native); //                    native
    data.i64(fn.vslot); //                     vslot
    data.ptr(fn.cls ?? null); //               cls
    data.endSymbol();
  }

  // CSR_NativeDesc per @native def; `fn` is filled on the first call.
  for (const n of hm.natives) {
    data.symbol(n.desc, "object");
    data.ptr(strings.cstring(n.lib)); //  lib
    data.ptr(strings.cstring(n.name)); // name
    data.ptr(null); //                    fn
    data.endSymbol();
  }

  for (const c of hm.classes) emitClassDesc(data, strings, c);
  for (const g of hm.generics) emitGenericDesc(data, strings, g);

  // Constant cells, filled by the runtime at module init; LOAD_GLOBAL site caches.
  bss.symbol(hm.cells, "object");
  bss.zeros(8 * Math.max(1, hm.consts.length));
  bss.endSymbol();
  bss.symbol(hm.globalCaches.symbol, "object");
  bss.zeros(GLOBAL_CACHE_SIZE * Math.max(1, hm.globalCaches.count));
  bss.endSymbol();

  // The CSR_ModuleDesc (160 bytes).
  data.alignTo(8);
  data.symbol(hm.desc, "object", "global");
  data.ptr(strings.cstring(hm.name)); //     name
  data.ptr(strings.cstring(hm.filename)); // filename
  data.ptr(hm.body); //                      body
  data.ptr(descsSym); //                     const_descs
  data.ptr(hm.cells); //                     consts
  data.i64(hm.consts.length); //             nconsts
  data.ptr(null); //                         globals
  data.zeros(104); //                        def (PyModuleDef), filled by the runtime
  data.endSymbol();

  strings.emit(rodata);
  const sections = [text, rodata, data, bss];
  return {
    sourceFile: hm.filename,
    sections: sections.map((s) => s.section()),
    symbols: sections.flatMap((s) => s.symbols),
    relocs: sections.flatMap((s) => s.relocs),
  };
}
