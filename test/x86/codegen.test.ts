// Code generation tests from test/cases/lir/codegen-*.test and run-*.test.
//
// Fast tier, every case: the LIR verifies, every generated instruction has a form in
// encodings.ts and the function assembles with encode.ts, and the optional [asm] (listing) and [alloc] (register assignment) goldens
// match. Full tier (@full), cases with a [c] driver: all functions of a file go into one
// assembly file for GNU as, all drivers into one C file (each case's `run` renamed) built
// with cc against test/cases/lir/driver.h; the program runs once per case and its stdout
// must equal [out]. Files build in parallel before the first case runs.

import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LFunction } from "../../compiler/lir/lir.js";
import { parseFunctions } from "../../compiler/lir/parse.js";
import { annotateErrors, verifyLir } from "../../compiler/lir/verify.js";
import { generate } from "../../backend/x86/codegen.js";
import { assemble } from "../../backend/x86/encode.js";
import { formsFor } from "../../backend/x86/encodings.js";
import { formatInst, formatListing } from "../../backend/x86/print.js";
import { allocateRegisters, printAllocation } from "../../backend/x86/regalloc.js";
import { type Case, CASE_DIR, CaseFile, expectSection } from "../lir/case-file.js";
import { repoRoot } from "../../compiler/paths.js";

const run = promisify(execFile);
/** Compiled code's decref reaches _Py_Dealloc through this stub (the driver fakes _Py_Dealloc). */
const DEALLOC_STUB = join(repoRoot(), "runtime-support", "stubs.c");

function listing(fs: LFunction[]): string {
  return fs.map((f) => formatListing(f.name, generate(f))).join("\n");
}

function assemblyFile(cases: LFunction[][]): string {
  const parts = [".intel_syntax noprefix", ".text"];
  for (const f of cases.flat()) {
    if (f.global) parts.push(`.globl ${f.name}`);
    parts.push(formatListing(f.name, generate(f)));
  }
  parts.push('.section .note.GNU-stack,"",@progbits', "");
  return parts.join("\n");
}

function driverFile(file: CaseFile, runnable: Case[]): string {
  const parts = ['#include "driver.h"'];
  runnable.forEach((c, k) => {
    // The first C line follows the case header, the earlier sections and the [c] header.
    const section = c.sections.findIndex((s) => s.name === "c");
    let line = c.line + 1;
    for (let i = 0; i < section; i++) line += (i > 0 ? 1 : 0) + c.sections[i].lines.length;
    line += 1;
    parts.push(`#define run case_${k}`, `#line ${line} "${file.path}"`, file.get(c, "c")!, "#undef run");
  });
  parts.push("int main(int argc, char **argv) {", "  (void)argc;", "  switch (atoi(argv[1])) {");
  runnable.forEach((_, k) => parts.push(`  case ${k}: case_${k}(); break;`));
  parts.push("  }", "  return 0;", "}", "");
  return parts.join("\n");
}

/** Assemble and link one case file; resolves to the program path or rejects with the tools' output. */
async function build(file: CaseFile, runnable: Case[], dir: string): Promise<string> {
  const asm = join(dir, "cases.s");
  const obj = join(dir, "cases.o");
  const c = join(dir, "driver.c");
  const prog = join(dir, "prog");
  writeFileSync(asm, assemblyFile(runnable.map((k) => parseFunctions(file.get(k, "lir")!))));
  writeFileSync(c, driverFile(file, runnable));
  try {
    await run("as", ["--64", "-o", obj, asm]);
    await run("cc", ["-O1", "-Wall", "-Werror", "-I", CASE_DIR, "-o", prog, c, obj, DEALLOC_STUB, "-lm"]);
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`building ${file.path} failed (files kept in ${dir}):\n${err.stderr || err.message}`);
  }
  return prog;
}

describe("x86 codegen", () => {
  const files = CaseFile.all((n) => /^(codegen|run)-.*\.test$/.test(n));
  const root = mkdtempSync(join(tmpdir(), "cinderc-codegen-"));
  const builds = new Map<CaseFile, Promise<string>>();
  const reported = new Set<CaseFile>();
  let keep = false;

  // Started by the first @full case, so the fast tier never runs as or cc.
  const startBuilds = () => {
    if (builds.size) return;
    files.forEach((file, k) => {
      const runnable = file.cases.filter((c) => file.get(c, "c") !== undefined);
      if (runnable.length === 0) return;
      const dir = join(root, String(k));
      mkdirSync(dir);
      const p = build(file, runnable, dir);
      p.catch(() => (keep = true));
      builds.set(file, p);
    });
  };
  after(() => {
    if (!keep) rmSync(root, { recursive: true, force: true });
    for (const f of files) f.save();
  });

  for (const file of files) {
    describe(file.path.replace(/.*\//, ""), () => {
      const runnable = file.cases.filter((c) => file.get(c, "c") !== undefined);
      for (const c of file.cases) {
        it(`${c.name}: verifies and encodes`, () => {
          const fs = parseFunctions(file.get(c, "lir")!);
          for (const f of fs) {
            const errors = verifyLir(f);
            assert.equal(errors.length, 0, `${file.where(c)}: invalid LIR\n${annotateErrors(f, errors)}`);
            const items = generate(f);
            for (const item of items) {
              if (item.kind === "inst") assert.ok(formsFor(item.inst).length > 0, `no encoding form for \`${formatInst(item.inst)}\` in ${f.name}`);
            }
            assemble(items);
          }
          if (file.get(c, "asm") !== undefined) expectSection(file, c, "asm", listing(fs), assert.equal);
          if (file.get(c, "alloc") !== undefined) {
            expectSection(file, c, "alloc", fs.map((f) => printAllocation(f, allocateRegisters(f))).join("\n"), assert.equal);
          }
        });
        const index = runnable.indexOf(c);
        if (index < 0) continue;
        it(`${c.name}: runs @full`, async () => {
          startBuilds();
          const prog = await builds.get(file)!.catch((e: Error) => {
            // The tools' output once per file; the file's other cases just point at it.
            if (reported.has(file)) throw new Error(`building ${file.path} failed, see above`);
            reported.add(file);
            throw e;
          });
          const r = spawnSync(prog, [String(index)], { encoding: "utf8", timeout: 10_000 });
          const status = r.signal ? `killed by ${r.signal}` : r.status === 0 ? "" : `exit status ${r.status}`;
          assert.equal(status, "", `${file.where(c)}: case ${c.name} ${status}; output:\n${r.stdout}${r.stderr}`);
          expectSection(file, c, "out", r.stdout, assert.equal);
        });
      }
    });
  }
});
