// Checked containers, Array and Vector at run time (static_python.md §8): the builtin
// __static__ of compiled programs (checked_dict.c, checked_list.c, static_array.c,
// static_vector.c) and the pure-Python twin (stdlib/__static__) must print the same thing for
// fixtures/checked.py, which exercises every error message; the output is also pinned by a golden file (CINDERC_BLESS=1 rewrites
// it). fixtures/containers_api.c drives the C API compiled code calls and checks itself.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildFixtureProgram, buildProgram, expectGolden, fixtures, makeTempDir, run, runPython } from "./harness.js";

describe("runtime: checked containers, Array and Vector @full", function () {
  let dir = "";
  let prog = "";

  before(function () {
    ({ dir, exe: prog } = buildFixtureProgram());
  });

  it("builtin module and twin agree on every behaviour and message", function () {
    const builtin = run(prog, ["run", "checked.py"], { cwd: dir });
    const twin = runPython(["checked.py"], dir);
    assert.equal(builtin.stderr, "");
    assert.equal(twin.stderr, "");
    assert.equal(builtin.status, 0);
    assert.equal(builtin.stdout, twin.stdout);
    expectGolden(builtin.stdout, join(fixtures, "checked.expected"));
  });

  it("C API: types, unchecked fast paths, layout offsets and errors", function () {
    const exe = join(makeTempDir("containers"), "containers_api");
    buildProgram([join(fixtures, "containers_api.c")], exe);
    const r = spawnSync(exe, [], { encoding: "utf8", timeout: 20000 });
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "ok\n");
    assert.equal(r.status, 0);
  });
});
