// Behaviour tests: every program in test/cases/run/ is compiled by the real CLI into a native
// executable, run, and compared with Debian's CPython 3.11 running the same file with the
// pure-Python __static__ twin: same stdout, same exit status, same last line of stderr
// (exception type and message).
//
// Directives, written as comments in the program:
//   # dynamic                     (first line) compile without --static; the module is static
//                                 only if it has `import __static__`, so this one is not.
//   # cinder-stdout:              the following `# ...` lines are the expected stdout, used
//   # 3                           instead of CPython's where Static Python deliberately
//                                 differs from the twin (int64 wraparound, C division, ...).
//   # cinder-error: TYPE: MSG     the expected last line of stderr instead of CPython's;
//                                 `none` means the program must not raise.
//   # cinder-status: N            the expected exit status (default: 1 after cinder-error,
//                                 0 after `cinder-error: none`, else CPython's).
//   # check-traceback             also compare the traceback's `File "...", line N, in f`
//                                 frames (file base name, line, function) with CPython's.
//   # expect-compile-error: L:C: MSG
//                                 the program must fail to compile with exactly these
//                                 diagnostics (one directive per diagnostic); nothing is run.
//
// Every file is compiled, run and run under CPython in a `before` hook, two at a time; each
// file then gets one `it`.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";
import { PYTHON } from "../../compiler/python.js";
import { cinderc, exceptionType, tempDir } from "./harness.js";

const CASES_DIR = join("test", "cases", "run");
const CONCURRENCY = 2;
const RUN_TIMEOUT_MS = 60_000;

interface Program {
  name: string;
  /** Path relative to the repository root (the cwd of every command). */
  file: string;
  dynamic: boolean;
  checkTraceback: boolean;
  compileErrors: string[];
  cinderStdout?: string;
  /** Expected last stderr line; null: no exception. */
  cinderError?: string | null;
  cinderStatus?: number;
}

interface Proc {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Outcome {
  build: Proc;
  ours?: Proc;
  ref?: Proc;
  /** Compile-error cases: did an object file appear at -o anyway? */
  objectWritten?: boolean;
}

function parseProgram(name: string): Program {
  const file = join(CASES_DIR, name);
  const lines = readFileSync(join(repoRoot(), file), "utf8").split("\n");
  const p: Program = { name, file, dynamic: lines[0].trim() === "# dynamic", checkTraceback: false, compileErrors: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m: RegExpExecArray | null;
    if ((m = /^# expect-compile-error: (.*)$/.exec(line))) p.compileErrors.push(m[1]);
    else if ((m = /^# cinder-error: (.*)$/.exec(line))) p.cinderError = m[1] === "none" ? null : m[1];
    else if ((m = /^# cinder-status: (\d+)$/.exec(line))) p.cinderStatus = Number(m[1]);
    else if (line === "# check-traceback") p.checkTraceback = true;
    else if (line === "# cinder-stdout:") {
      const out: string[] = [];
      while (i + 1 < lines.length && /^#( |$)/.test(lines[i + 1]) && !/^# (cinder-|check-|expect-)/.test(lines[i + 1])) {
        out.push(lines[++i].replace(/^# ?/, ""));
      }
      p.cinderStdout = out.map((l) => l + "\n").join("");
    }
  }
  return p;
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Proc> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot(), env: env ?? process.env, timeout: RUN_TIMEOUT_MS });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

async function process1(p: Program, dir: string): Promise<Outcome> {
  const flags = p.dynamic ? [] : ["--static"];
  if (p.compileErrors.length) {
    const obj = join(dir, p.name.replace(/\.py$/, ".o"));
    const build = await run(process.execPath, [cinderc, ...flags, p.file, "-o", obj]);
    return { build, objectWritten: existsSync(obj) };
  }
  const exe = join(dir, p.name.replace(/\.py$/, ""));
  const build = await run(process.execPath, [cinderc, ...flags, "--exe", p.file, "-o", exe]);
  if (build.status !== 0) return { build };
  const ours = await run(exe, []);
  const ref = await run(PYTHON, [p.file], { ...process.env, PYTHONPATH: join(repoRoot(), "stdlib") });
  return { build, ours, ref };
}

async function processAll(programs: Program[], dir: string): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const p = programs[next++];
      results.set(p.name, await process1(p, dir));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

const lastLine = (stderr: string) => stderr.trimEnd().split("\n").pop() ?? "";

/** `File "x.py", line 3, in f` frames as `x.py:3:f` (cinderc names the file as given on
 *  the command line, CPython by absolute path). */
function frames(stderr: string): string[] {
  return [...stderr.matchAll(/^ {2}File "(.*)", line (\d+), in (.*)$/gm)].map((m) => `${basename(m[1])}:${m[2]}:${m[3]}`);
}

function describeProc(label: string, r: Proc): string {
  const how = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  return `--- ${label} (${how})\n[stdout]\n${r.stdout}[stderr]\n${r.stderr}`;
}

function checkCompileError(p: Program, o: Outcome): void {
  const diags = [...o.build.stderr.matchAll(/^(.*):(\d+):(\d+): error: (.*)$/gm)]
    .filter((m) => m[1] === p.file)
    .map((m) => `${m[2]}:${m[3]}: ${m[4]}`);
  assert.deepEqual(
    { status: o.build.status, diagnostics: diags },
    { status: 1, diagnostics: p.compileErrors },
    `cinderc output:\n${o.build.stderr}`,
  );
  assert.ok(!o.objectWritten, "an object file was written despite errors");
}

function checkRun(p: Program, o: Outcome): void {
  assert.equal(o.build.status, 0, `cinderc failed:\n${o.build.stderr}`);
  const ours = o.ours!;
  const ref = o.ref!;
  const refLast = ref.stderr.trim() ? lastLine(ref.stderr) : null;
  const wantLast = p.cinderError !== undefined ? p.cinderError : refLast;
  const wantStatus = p.cinderStatus ?? (p.cinderError !== undefined ? (p.cinderError === null ? 0 : 1) : ref.status);
  const ourLast = ours.stderr.trim() ? lastLine(ours.stderr) : null;
  const actual: Record<string, unknown> = {
    stdout: ours.stdout,
    status: ours.signal ? `signal ${ours.signal}` : ours.status,
    exception: ourLast === null ? null : exceptionType(ourLast) ?? null,
    stderrLastLine: ourLast,
  };
  const expected: Record<string, unknown> = {
    stdout: p.cinderStdout ?? ref.stdout,
    status: wantStatus,
    exception: wantLast === null ? null : exceptionType(wantLast) ?? null,
    stderrLastLine: wantLast,
  };
  if (p.checkTraceback && p.cinderError === undefined) {
    actual.traceback = frames(ours.stderr);
    expected.traceback = frames(ref.stderr);
  }
  const mismatched = Object.keys(expected).filter((k) => JSON.stringify(actual[k]) !== JSON.stringify(expected[k]));
  if (mismatched.length) {
    const show = (r: Record<string, unknown>) => mismatched.map((k) => `${k}: ${JSON.stringify(r[k])}`).join("\n");
    assert.fail(
      `${p.file}: ${mismatched.join(", ")} differ\n=== expected\n${show(expected)}\n=== actual\n${show(actual)}\n` +
        describeProc("compiled program", ours) + describeProc("CPython", ref),
    );
  }
}

// CINDERC_CASES=REGEX runs only the programs whose file name matches (while working on an area).
const only = process.env.CINDERC_CASES ? new RegExp(process.env.CINDERC_CASES) : undefined;
const programs = readdirSync(join(repoRoot(), CASES_DIR))
  .filter((f) => f.endsWith(".py") && (!only || only.test(f))).sort().map(parseProgram);

describe("programs in test/cases/run, compiled vs CPython @full", () => {
  let dir: string;
  let outcomes: Map<string, Outcome>;
  before(async function () {
    this.timeout(programs.length * 30_000);
    dir = tempDir();
    outcomes = await processAll(programs, dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const p of programs) {
    it(p.name, () => {
      const o = outcomes.get(p.name)!;
      if (p.compileErrors.length) checkCompileError(p, o);
      else checkRun(p, o);
    });
  }
});
