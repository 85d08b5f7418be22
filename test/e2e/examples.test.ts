// Every example compiled to a native executable prints what CPython prints for it.
import assert from "node:assert/strict";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";
import { runCPython, runCinderc, runExe, tempDir } from "./harness.js";

const examples = readdirSync(join(repoRoot(), "examples")).filter((f) => f.endsWith(".py")).sort();

describe("examples, compiled vs CPython @full", () => {
  let dir: string;
  before(() => { dir = tempDir(); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const example of examples) {
    it(example, () => {
      const file = join("examples", example);
      const exe = join(dir, example.replace(/\.py$/, ""));
      const build = runCinderc(["--static", "--exe", file, "-o", exe]);
      assert.equal(build.status, 0, `cinderc failed:\n${build.stderr}`);
      const ours = runExe(exe);
      const ref = runCPython(file);
      assert.equal(ours.stderr, ref.stderr);
      assert.equal(ours.stdout, ref.stdout);
      assert.equal(ours.status, ref.status);
    });
  }
});
