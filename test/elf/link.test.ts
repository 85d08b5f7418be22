// Link tests: the fixture object (fixture.ts) linked by the system `cc` (GNU ld) into a PIE
// and into a shared library, called from C drivers, with output compared to fixture.out.
// Links run with --fatal-warnings and must print nothing: a missing .note.GNU-stack, for
// one, makes GNU ld warn about an executable stack.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeObject } from "../../backend/elf/object.js";
import { repoRoot } from "../../compiler/paths.js";
import { fixtureObject } from "./fixture.js";

const here = () => join(repoRoot(), "test", "elf");

/** Runs `cc` and fails with its output unless it succeeds silently. */
function cc(args: string[]): void {
  const r = spawnSync("cc", ["-Wall", "-Wextra", "-Wl,--fatal-warnings", `-I${here()}`, ...args], { encoding: "utf8" });
  assert.equal(r.status, 0, `cc ${args.join(" ")} failed:\n${r.stderr}`);
  assert.equal(r.stderr + r.stdout, "", `cc ${args.join(" ")} was not silent`);
}

/** The GNU_STACK program header's flags, as readelf prints them ("RW " or "RWE"). */
function stackFlags(path: string): string {
  const m = execFileSync("readelf", ["-lW", path], { encoding: "utf8" }).match(/GNU_STACK\s+(?:0x[0-9a-f]+\s+){5}(RWE|RW )/);
  assert.ok(m, `${path} has no GNU_STACK program header`);
  return m[1];
}

describe("ELF writer: linking with cc @full", () => {
  let dir = "";
  let object = "";
  let expected = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cinderc-elf-link-"));
    object = join(dir, "fixture.o");
    writeFileSync(object, writeObject(fixtureObject()));
    expected = readFileSync(join(here(), "fixture.out"), "utf8");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("links into a program that runs correctly, with a non-executable stack", () => {
    const program = join(dir, "fixture");
    cc([join(here(), "fixture-driver.c"), object, "-o", program]);
    assert.equal(execFileSync(program, { encoding: "utf8" }), expected);
    assert.equal(stackFlags(program), "RW ");
  });

  it("links into a shared library that works through dlopen", () => {
    const library = join(dir, "libfixture.so");
    const loader = join(dir, "fixture-dlopen");
    cc(["-shared", object, "-o", library]);
    cc([join(here(), "fixture-dlopen.c"), "-o", loader, "-ldl"]);
    assert.equal(execFileSync(loader, [library], { encoding: "utf8" }), expected);
    assert.equal(stackFlags(library), "RW ");
    const dynamic = execFileSync("readelf", ["-dW", library], { encoding: "utf8" });
    assert.doesNotMatch(dynamic, /TEXTREL/, "the library must not need text relocations");
  });
});
