// The runtime as a compiled program uses it: fixtures/program.c is hand-written compiler
// output (two modules, constants, functions with boxed entries) linked with
// libcinderc_rt.a, whose main() runs it. Python drivers in fixtures/ call the compiled
// functions; CPython's own errors are checked against python3.11 running the same calls,
// Static Python's against golden files (CINDERC_BLESS=1 rewrites them).
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFixtureProgram, expectGolden, fixtures, run, runPython, type RunResult } from "./harness.js";

describe("runtime: a compiled program @full", function () {
  let dir = "";
  let prog = "";
  const runProg = (...args: string[]): RunResult => run(prog, args, { cwd: dir });
  const runDriver = (file: string, source: string): RunResult => {
    writeFileSync(join(dir, file), source);
    return runProg("run", file);
  };

  before(function () {
    ({ dir, exe: prog } = buildFixtureProgram());
  });

  it("passes argv through as sys.argv without parsing options", function () {
    const r = runProg("run", "argv.py", "-X", "dev", "-O", "--help", "-c", "x");
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, [
      "['run', 'argv.py', '-X', 'dev', '-O', '--help', '-c', 'x']",
      "argv[0] is the program: True",
      "not parsed as options: False {} 0",
      "",
    ].join("\n"));
  });

  it("materialises constants once, immortal, and imports a compiled module by name", function () {
    const r = runProg("run", "consts.py");
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, [
      "['hello', 12345678901234567890, -5, 2.5, ('hello', -5), b'b\\x00y', 'héllo €']",
      "['str', 'int', 'int', 'float', 'tuple', 'bytes', 'str']",
      "same object each time: True",
      "immortal: True",
      "tuple items are the constants: True",
      "interned: True",
      "singletons immortal: [True, True, True, True, True]",
      "function: function <function add add add __main__ helper",
      "module files: prog.py helper.py",
      "",
    ].join("\n"));
  });

  it("raises CPython's own errors exactly as python3.11 does", function () {
    const compiled = runProg("run", "cpython_calls.py");
    const cpython = runPython(["cpython_prelude.py"], dir);
    assert.equal(compiled.stderr, "");
    assert.equal(cpython.stderr, "");
    assert.equal(compiled.stdout, cpython.stdout);
  });

  it("raises Static Python's run-time errors", function () {
    const r = runProg("run", "static_calls.py");
    assert.equal(r.stderr, "");
    expectGolden(r.stdout, join(fixtures, "static_calls.expected"));
  });

  it("prints a traceback through compiled frames with source lines, and exits 1", function () {
    const r = runProg("boom");
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, [
      "Traceback (most recent call last):",
      '  File "prog.py", line 17, in <module>',
      "    boom()",
      '  File "prog.py", line 9, in boom',
      "    return divide(1, 0)",
      '  File "prog.py", line 5, in divide',
      "    return x // y",
      "ZeroDivisionError: integer division or modulo by zero",
      "",
    ].join("\n"));
  });

  it("shows compiled frames to Python callers and the traceback module", function () {
    const r = runProg("run", "uncaught.py");
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "uncaught.py 4 <module> divide(1, 0)\nprog.py 5 divide return x // y\ndivide 5 None\n");
    assert.equal(r.stderr, [
      "Traceback (most recent call last):",
      '  File "uncaught.py", line 11, in <module>',
      "    divide(1, 0)",
      '  File "prog.py", line 5, in divide',
      "    return x // y",
      "ZeroDivisionError: integer division or modulo by zero",
      "",
    ].join("\n"));
  });

  it("offers NameError suggestions like CPython", function () {
    const r = runDriver("name_error.py", "load_global('lenn')\n");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /NameError: name 'lenn' is not defined\. Did you mean: 'len'\?\n$/);
  });

  it("exits as python does on SystemExit, KeyboardInterrupt and a failed flush", function () {
    const cases: { name: string; source: string }[] = [
      { name: "exit_status", source: "raise SystemExit(3)\n" },
      { name: "exit_message", source: "raise SystemExit('bye')\n" },
      { name: "exit_none", source: "import sys\nsys.exit()\n" },
      { name: "interrupt", source: "raise KeyboardInterrupt\n" },
      // stdout is a pipe, so "x" stays buffered until Py_FinalizeEx fails to flush it.
      { name: "flush_fails", source: "import os, sys\nsys.stdout.write('x')\nos.close(1)\n" },
    ];
    for (const c of cases) {
      const file = `${c.name}.py`;
      const compiled = runDriver(file, c.source);
      const cpython = runPython([file], dir);
      const outcome = (r: RunResult) => ({ status: r.status, signal: r.signal, stdout: r.stdout });
      assert.deepEqual(outcome(compiled), outcome(cpython), c.name);
      // python3.11 names the script by its absolute path; the compiled program by the path given.
      assert.equal(compiled.stderr, cpython.stderr.replaceAll(join(dir, file), file), c.name);
    }
  });
});
