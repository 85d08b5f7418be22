// `__static__` at run time: the builtin module of compiled programs (static_module.c) must
// behave as the pure-Python twin (stdlib/__static__) for everything it provides (checked
// containers and Array: containers.test.ts).
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildFixtureProgram, run, runPython, stdlibDir } from "./harness.js";

describe("runtime: __static__, builtin and twin @full", function () {
  let dir = "";
  let prog = "";

  before(function () {
    ({ dir, exe: prog } = buildFixtureProgram());
  });

  it("gives compiled programs the builtin module, even with the twin on PYTHONPATH", function () {
    const builtin = run(prog, ["run", "which_static.py"], { cwd: dir, env: { PYTHONPATH: stdlibDir } });
    assert.equal(builtin.stderr, "");
    assert.equal(builtin.stdout, "built-in\n");
    const twin = runPython(["which_static.py"], dir);
    assert.equal(twin.stdout, `${join(stdlibDir, "__static__", "__init__.py")}\n`);
  });

  it("behaves as the pure-Python twin", function () {
    const builtin = run(prog, ["run", "static_module.py"], { cwd: dir });
    const twin = runPython(["static_module.py"], dir);
    assert.equal(builtin.stderr, "");
    assert.equal(twin.stderr, "");
    assert.equal(builtin.stdout, twin.stdout);
  });
});
