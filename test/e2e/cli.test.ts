// The CLI contract: outputs, diagnostics with their exit codes, and no partial output files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cinderc, exceptionType, runCPython, runCinderc, runExe, tempDir } from "./harness.js";

describe("cinderc CLI", () => {
  let dir: string;
  before(() => { dir = tempDir(); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("reports a syntax error on CPython's line, with the source line and a caret, and writes nothing", () => {
    const file = write("bad_syntax.py", "x = 1\ndef f(:\n    pass\n");
    const out = join(dir, "bad_syntax.o");
    const r = runCinderc(["--static", file, "-o", out], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^${file}:2:\\d+: error: .+\ndef f\\(:\n *\\^`));
    const ref = spawnSync("/usr/bin/python3.11", ["-c", `compile(open(${JSON.stringify(file)}).read(), 'f', 'exec')`], { encoding: "utf8" });
    assert.match(ref.stderr, /line 2/);
    assert.ok(!existsSync(out));
  });

  it("reports a type error in Static Python's words and writes nothing", () => {
    const file = write("bad_type.py", "import __static__\n\nx: int = \"a\"\n");
    const out = join(dir, "bad_type.o");
    const r = runCinderc(["--static", file, "-o", out], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `${file}:3:10: error: type mismatch: str cannot be assigned to int\nx: int = "a"\n         ^~~\n`);
    assert.ok(!existsSync(out));
  });

  it("reports a missing input file with exit status 1", () => {
    const r = runCinderc(["--static", join(dir, "nope.py"), "-o", join(dir, "nope.o")], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cinderc: error: cannot read '.*nope\.py': No such file or directory/);
    assert.ok(!existsSync(join(dir, "nope.o")));
  });

  it("rejects an unknown flag with exit status 2", () => {
    const file = write("ok.py", "print(1)\n");
    const r = runCinderc(["--frobnicate", file], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Unknown argument: frobnicate/);
    assert.ok(!existsSync(join(dir, "ok.o")));
  });

  it("says --shared is not supported yet", () => {
    const file = write("shared.py", "print(1)\n");
    const r = runCinderc(["--static", "--shared", file, "-o", join(dir, "shared.so")], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--shared .* is not supported yet/);
  });

  it("reports constructs outside the slice as not supported yet", () => {
    const file = write("gen.py", "def g():\n    yield 1\n");
    const r = runCinderc(["--static", file, "-o", join(dir, "gen.o")], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /gen\.py:2:5: error: yield is not supported yet/);
  });

  it("reports a crash inside the compiler as an internal compiler error, exit 70, nothing written", () => {
    const file = write("ice.py", "print(1)\n");
    const out = join(dir, "ice.o");
    const r = spawnSync(process.execPath, [cinderc, file, "-o", out], {
      cwd: dir, encoding: "utf8", env: { ...process.env, CINDERC_CRASH_AT: "hir" },
    });
    assert.equal(r.status, 70);
    assert.match(r.stderr, new RegExp(`^${file}: internal compiler error in stage 'hir': crash requested`));
    assert.ok(!existsSync(out));
  });

  it("writes an ELF64 x86-64 relocatable object named after the file by default", () => {
    const file = write("mod.py", "import __static__\n\ndef f(x: int) -> int:\n    return x + 1\n");
    const r = runCinderc(["--static", file], dir);
    assert.equal(r.status, 0, r.stderr);
    const h = spawnSync("readelf", ["-h", join(dir, "mod.o")], { encoding: "utf8" }).stdout;
    assert.match(h, /Type:\s+REL \(Relocatable file\)/);
    assert.match(h, /Machine:\s+Advanced Micro Devices X86-64/);
  });

  it("--emit ast prints exactly CPython's ast.dump(..., include_attributes=True)", () => {
    const r = runCinderc(["--emit", "ast", "examples/fib.py"]);
    assert.equal(r.status, 0, r.stderr);
    const ref = spawnSync("/usr/bin/python3.11", ["-c",
      "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))", "examples/fib.py"],
    { encoding: "utf8" });
    assert.equal(r.stdout, ref.stdout);
  });

  it("--emit hir, lir and asm print each stage", () => {
    const stages: Record<string, RegExp> = {
      hir: /^fn fib64\(int64\) -> int64 @fib\.fib64\nb0:\n  v0:int64 = Param \{index=0\}/m,
      lir: /^fn @fib\.fib64 \{\nb0:\n  params %\d+:g/m,
      asm: /^fib\.fib64:\n  push rbp\n  mov rbp, rsp/m,
    };
    for (const [stage, expected] of Object.entries(stages)) {
      const r = runCinderc(["--emit", stage, "examples/fib.py"]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, expected, stage);
    }
  });

  it("run passes arguments to sys.argv and exits with the program's status @full", () => {
    const file = write("args.py", "import sys\nprint(sys.argv[1:])\nsys.exit(len(sys.argv))\n");
    const r = runCinderc(["run", file, "--", "a", "b c"], dir);
    assert.equal(r.stdout, "['a', 'b c']\n");
    assert.equal(r.status, 3);
  });

  it("an uncaught exception prints a traceback naming the .py file and line, exit 1 @full", () => {
    const file = write("boom.py", "def f(n):\n    return 10 // n\n\nprint(f(2))\nprint(f(0))\n");
    const exe = join(dir, "boom");
    assert.equal(runCinderc(["--exe", file, "-o", exe], dir).status, 0);
    const ours = runExe(exe);
    const ref = runCPython(file);
    assert.equal(ours.stdout, ref.stdout);
    assert.equal(ours.status, 1);
    assert.equal(exceptionType(ours.stderr), "ZeroDivisionError");
    assert.match(ours.stderr, new RegExp(`File "${file}", line 5, in <module>\n    print\\(f\\(0\\)\\)`));
    assert.match(ours.stderr, new RegExp(`File "${file}", line 2, in f\n    return 10 // n`));
  });

  it("a module compiled with --exe is importable by its stem @full", () => {
    const util = write("util.py", "import __static__\n\ndef twice(x: int) -> int:\n    return x * 2\n");
    const main = write("main.py", "import util\nfrom util import twice\nprint(util.twice(21), twice(4))\n");
    const exe = join(dir, "app");
    const r = runCinderc(["--static", "--exe", main, util, "-o", exe], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(runExe(exe).stdout, "42 8\n");
  });
});
