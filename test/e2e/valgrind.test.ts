// Compiled programs under valgrind's memcheck (with PYTHONMALLOC=malloc so every object is a
// heap block it tracks): no invalid reads or writes and no uses of undefined values in
// compiled code or runtime-support. libpython's own start-up trips memcheck (it reads an
// unset digit while building ints from bytes) with our main() far down the stack; an error
// counts as ours when one of the four innermost frames of its stack is ours.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";
import { runCinderc, tempDir } from "./harness.js";

const PROGRAMS = [
  "tuple_unpack.py", "dict_display.py", "augassign_global.py", "control_break_continue.py", "fstrings.py", "raise_value_error.py", "del_statement.py",
  "unbound_local_loop.py", "list_slicing.py", "call_dynamic_wrong_type_int64.py", "generic_vector_int64.py",
  "generic_vector_iter_mutating.py",
];
const SUPPRESSIONS = "/usr/lib/valgrind/python3.supp";

/** Frames of our code: compiled functions (`mod.f`, `mod.<module>`, `mod.f$boxed`) and the
 *  runtime (CSR_* functions and runtime-support/*.c). */
const OUR_FRAME = /==\d+== {4}(at|by) 0x[0-9A-F]+: (\S+\.(<module>|\w+)(\$boxed)? |CSR_|\S+ \(\w+\.c:)/;

/** valgrind's error reports (blocks between blank `==pid==` lines) with one of our frames
 *  among the innermost four: our code did it, or handed libpython what it tripped on. */
function ourErrors(log: string): string[] {
  return log.split(/==\d+== \n/).filter((block) => {
    const frames = block.split("\n").filter((line) => /==\d+== {4}(at|by) /.test(line));
    return frames.slice(0, 4).some((line) => OUR_FRAME.test(line));
  });
}

describe("compiled programs under valgrind memcheck @full", function () {
  this.timeout(600000);
  let dir: string;
  before(function () {
    if (spawnSync("valgrind", ["--version"]).status !== 0) this.skip();
    dir = tempDir();
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const name of PROGRAMS) {
    it(name, function () {
      const file = join(repoRoot(), "test/cases/run", name);
      if (!existsSync(file)) this.skip();
      const exe = join(dir, name.replace(/\.py$/, ""));
      const build = runCinderc(["--static", "--exe", file, "-o", exe]);
      assert.equal(build.status, 0, build.stderr);
      const args = ["-q", "--num-callers=30", ...(existsSync(SUPPRESSIONS) ? [`--suppressions=${SUPPRESSIONS}`] : []), exe];
      const r = spawnSync("valgrind", args, { encoding: "utf8", env: { ...process.env, PYTHONMALLOC: "malloc" } });
      const errors = ourErrors(r.stderr);
      assert.deepEqual(errors, [], `memcheck errors in compiled code:\n${errors.join("\n")}`);
    });
  }
});
