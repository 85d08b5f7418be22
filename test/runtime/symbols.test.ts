// Every symbol compiler/runtime.ts promises must exist where it says: CSR_* helpers in
// dist/libcinderc_rt.a, the rest in libpython3.11.so (or libm). A missing one would otherwise
// surface only as a link error in some user's program.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { RUNTIME_DATA, RUNTIME_FUNCTIONS } from "../../compiler/runtime.js";
import { mustSucceed, pythonConfig, requireRuntimeLib, runtimeLib } from "./harness.js";

/** Names of the defined global symbols of an archive or shared object (versions stripped). */
function definedSymbols(file: string, dynamic: boolean): Set<string> {
  const args = [...(dynamic ? ["-D"] : []), "-g", "--defined-only", file];
  const out = mustSucceed(spawnSync("nm", args, { encoding: "utf8" }), `nm ${file}`).stdout;
  const names = new Set<string>();
  for (const line of out.split("\n")) {
    const name = line.trim().split(/\s+/)[2];
    if (name) names.add(name.replace(/@.*$/, ""));
  }
  return names;
}

/** The path of libpython3.11.so, as the interpreter's build configuration records it. */
function libpythonPath(): string {
  const query = "import os, sysconfig as c; print(os.path.join(c.get_config_var('LIBDIR'), c.get_config_var('LDLIBRARY')))";
  return mustSucceed(spawnSync(pythonConfig.python, ["-c", query], { encoding: "utf8" }), "python3.11").stdout.trim();
}

describe("runtime ABI: symbols named by compiler/runtime.ts @full", function () {
  let runtime = new Set<string>();
  let libpython = new Set<string>();
  let libm = new Set<string>();

  before(function () {
    requireRuntimeLib();
    runtime = definedSymbols(runtimeLib, false);
    libpython = definedSymbols(libpythonPath(), true);
    libm = definedSymbols(mustSucceed(spawnSync("gcc", ["-print-file-name=libm.so.6"], { encoding: "utf8" }), "gcc").stdout.trim(), true);
  });

  it("finds every function in the library the table names", function () {
    const libraries = { runtime, python: libpython, libm };
    const missing = [...RUNTIME_FUNCTIONS.values()].filter((f) => !libraries[f.lib].has(f.name)).map((f) => `${f.name} (${f.lib})`);
    assert.deepEqual(missing, []);
  });

  it("finds every data symbol in libpython", function () {
    const missing = Object.values(RUNTIME_DATA).filter((name) => !libpython.has(name));
    assert.deepEqual(missing, []);
  });

  it("exports main and the __static__ init from the runtime library", function () {
    assert.ok(runtime.has("main"));
    assert.ok(runtime.has("CSR_StaticModule_Init"));
  });
});
