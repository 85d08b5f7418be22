// The descriptor structs of runtime-support/cinderc.h are laid out by the compiler in object
// files, so their offsets are part of the ABI. The header documents them in comments
// (`/* @16 ... */` per field, `/* 56 bytes */` per struct); this test reads those comments,
// compiles a probe printing offsetof/sizeof for every documented field, and compares.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GLOBAL_CACHE_SIZE, LAYOUT, PRIM_SIZE } from "../../compiler/runtime.js";
import { spawnSync } from "node:child_process";
import { buildProgram, makeTempDir, mustSucceed, requireRuntimeLib, runtimeDir } from "./harness.js";

interface DocumentedStruct {
  name: string;
  size: number | undefined;
  fields: { name: string; offset: number }[];
}

/** Every `typedef struct { ... } Name;` of the header with the offsets its comments give. */
function documentedStructs(header: string): DocumentedStruct[] {
  const structs: DocumentedStruct[] = [];
  for (const m of header.matchAll(/typedef struct (?:\w+ )?\{([^\n]*)\n([\s\S]*?)\n\} (\w+);([^\n]*)/g)) {
    const [, openLine, body, name, closeLine] = m;
    const size = /(\d+) bytes/.exec(`${openLine} ${closeLine}`);
    const fields = [];
    for (const line of body.split("\n")) {
      const field = /^\s*([^/]*?);\s*\/\*\s*@(\d+)/.exec(line);
      if (!field) continue;
      // The declared name: the identifier in `(*name)` for a function pointer, else the last one.
      const decl = field[1];
      const fnPointer = /\(\*\s*(\w+)\)/.exec(decl);
      const fieldName = fnPointer ? fnPointer[1] : /(\w+)\s*(\[[^\]]*\])?$/.exec(decl)![1];
      fields.push({ name: fieldName, offset: Number(field[2]) });
    }
    structs.push({ name, size: size ? Number(size[1]) : undefined, fields });
  }
  return structs;
}

/** CPython's own offsets that LAYOUT gives compiled code (cpython311.md §1). */
const cpythonOffsets = ["PyVarObject.ob_size", "PyListObject.ob_item", "PyDictObject.ma_used", "PyDictObject.ma_version_tag", "PyLongObject.ob_digit"];
/** Static Python type codes 0..12 (CSR_TYPED_*), for CSR_Prim_Size. */
const typeCodes = Array.from({ length: 13 }, (_, code) => code);

function probeSource(structs: DocumentedStruct[]): string {
  const lines = ['#include "cinderc.h"', "#include <stddef.h>", "#include <stdio.h>", "int main(void) {"];
  for (const s of structs) {
    lines.push(`  printf("sizeof(${s.name}) %zu\\n", sizeof(${s.name}));`);
    for (const f of s.fields) lines.push(`  printf("${s.name}.${f.name} %zu\\n", offsetof(${s.name}, ${f.name}));`);
  }
  for (const field of cpythonOffsets) {
    const [struct, name] = field.split(".");
    lines.push(`  printf("${field} %zu\\n", offsetof(${struct}, ${name}));`);
  }
  for (const code of typeCodes) lines.push(`  printf("primsize(${code}) %lld\\n", (long long)CSR_Prim_Size(${code}));`);
  lines.push(`  printf("PyLong_SHIFT %d\\n", (int)PyLong_SHIFT);`);
  lines.push("  return 0;", "}");
  return lines.join("\n") + "\n";
}

describe("runtime ABI: struct layouts in cinderc.h @full", function () {
  const structs = documentedStructs(readFileSync(join(runtimeDir, "cinderc.h"), "utf8"));
  let actual = new Map<string, number>();

  before(function () {
    requireRuntimeLib();
    const dir = makeTempDir("layout");
    const probe = join(dir, "probe.c");
    writeFileSync(probe, probeSource(structs));
    const exe = join(dir, "probe");
    buildProgram([probe], exe);
    const out = mustSucceed(spawnSync(exe, [], { encoding: "utf8" }), "layout probe").stdout;
    actual = new Map(out.trim().split("\n").map((line) => {
      const [key, value] = line.split(" ");
      return [key, Number(value)];
    }));
  });

  it("finds the descriptor structs and their documented offsets", function () {
    const names = structs.map((s) => s.name);
    for (const expected of ["CSR_ConstDesc", "CSR_FunctionDesc", "CSR_ModuleDesc", "CSR_ProgramModule", "CSR_Program", "CSR_ArrayObject", "CSR_VectorObject"]) {
      assert.ok(names.includes(expected), `${expected} not found in cinderc.h`);
    }
    for (const s of structs) {
      assert.ok(s.size !== undefined, `${s.name}: no "N bytes" comment`);
      assert.ok(s.fields.length > 0, `${s.name}: no "@offset" comments`);
    }
  });

  it("matches offsetof and sizeof", function () {
    for (const s of structs) {
      assert.equal(actual.get(`sizeof(${s.name})`), s.size, `sizeof(${s.name})`);
      for (const f of s.fields) assert.equal(actual.get(`${s.name}.${f.name}`), f.offset, `offsetof(${s.name}, ${f.name})`);
    }
  });

  it("agrees with the compiler's LAYOUT table", function () {
    assert.equal(LAYOUT.moduleDescGlobals, actual.get("CSR_ModuleDesc.globals"));
    assert.equal(GLOBAL_CACHE_SIZE, actual.get("sizeof(CSR_GlobalCache)"));
    assert.equal(LAYOUT.globalCacheGlobalsVersion, actual.get("CSR_GlobalCache.globals_version"));
    assert.equal(LAYOUT.globalCacheBuiltins, actual.get("CSR_GlobalCache.builtins"));
    assert.equal(LAYOUT.globalCacheBuiltinsVersion, actual.get("CSR_GlobalCache.builtins_version"));
    assert.equal(LAYOUT.globalCacheValue, actual.get("CSR_GlobalCache.value"));
    assert.equal(LAYOUT.dictVersion, actual.get("PyDictObject.ma_version_tag"));
    assert.equal(LAYOUT.longDigits, actual.get("PyLongObject.ob_digit"));
    // Unboxing reads one digit inline: a 30-bit digit times the sign fits any int64.
    assert.equal(30, actual.get("PyLong_SHIFT"));
  });

  it("agrees with LAYOUT on checked containers, Array and Vector", function () {
    assert.equal(LAYOUT.varSize, actual.get("PyVarObject.ob_size"));
    assert.equal(LAYOUT.listItems, actual.get("PyListObject.ob_item"));
    assert.equal(LAYOUT.dictUsed, actual.get("PyDictObject.ma_used"));
    assert.equal(LAYOUT.arrayLength, actual.get("PyVarObject.ob_size"));
    assert.equal(LAYOUT.arrayData, actual.get("CSR_ArrayObject.data"));
    assert.equal(LAYOUT.arrayData, actual.get("sizeof(CSR_ArrayObject)"));
    assert.equal(LAYOUT.vectorData, actual.get("CSR_VectorObject.data"));
    assert.equal(LAYOUT.vectorAllocated, actual.get("CSR_VectorObject.allocated"));
    assert.equal(LAYOUT.vectorExports, actual.get("CSR_VectorObject.exports"));
    for (const code of typeCodes) {
      assert.equal(PRIM_SIZE[code] ?? 0, actual.get(`primsize(${code})`), `size of type code ${code}`);
    }
  });
});
