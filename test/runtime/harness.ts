// Shared plumbing for the runtime tests: where things are, how to compile and link C against
// runtime-support/ and libpython, and how to run programs with a predictable environment.
// These tests use the real parts only: Debian's python3.11, gcc, and dist/libcinderc_rt.a as
// scripts/build.mjs left it (run `npm run build`, or just `npm test`, first).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file runs from build/test/runtime/). */
export const root = fileURLToPath(new URL("../../../", import.meta.url));
export const fixtures = join(root, "test/runtime/fixtures");
export const runtimeDir = join(root, "runtime-support");
export const runtimeLib = join(root, "dist/libcinderc_rt.a");
export const stdlibDir = join(root, "stdlib");

interface PythonConfig {
  python: string;
  includes: string[];
  ldflags: string[];
}

function readPythonConfig(): PythonConfig {
  const cached = join(root, "dist/python-config.json");
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as PythonConfig;
  const python = "/usr/bin/python3.11";
  const ask = (...args: string[]) =>
    mustSucceed(spawnSync(`${python}-config`, args, { encoding: "utf8" }), `${python}-config`).stdout.trim().split(/\s+/);
  return { python, includes: ask("--includes"), ldflags: ask("--embed", "--ldflags") };
}

export const pythonConfig = readPythonConfig();

export function mustSucceed(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} failed (status ${r.status}, signal ${r.signal}):\n${r.stdout}${r.stderr}`);
  return r;
}

/** A fresh directory under the system's temp dir, removed when the test process exits. */
export function makeTempDir(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cinderc-${tag}-`));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Fails the calling `before` hook with a useful message when the runtime is not built. */
export function requireRuntimeLib(): void {
  if (!existsSync(runtimeLib)) throw new Error(`${runtimeLib} is missing: run \`npm run build\` first`);
}

/** Compiles C sources and links them with libcinderc_rt.a and libpython into `output`. */
export function buildProgram(sources: string[], output: string): void {
  mustSucceed(spawnSync("gcc", [
    "-O1", "-g", "-Wall", "-Werror", "-std=gnu11", ...pythonConfig.includes, `-I${runtimeDir}`,
    ...sources, "-o", output, runtimeLib, ...pythonConfig.ldflags,
  ], { encoding: "utf8" }), `gcc ${sources.join(" ")}`);
}

/** The environment programs run in: no PYTHON* variables from the caller (this machine sets
 *  PYTHONUNBUFFERED, which hides stdout flush failures), plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("PYTHON")) env[key] = value;
  }
  return { ...env, PYTHONDONTWRITEBYTECODE: "1", ...extra };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): RunResult {
  const r = spawnSync(command, args, {
    cwd: options.cwd, env: cleanEnv(options.env), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 20000,
  });
  if (r.error) throw new Error(`${command}: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** Runs a Python file with Debian's python3.11 and the pure-Python __static__ twin. */
export function runPython(args: string[], cwd: string): RunResult {
  return run(pythonConfig.python, args, { cwd, env: { PYTHONPATH: stdlibDir } });
}

/** Compares `actual` with a golden file; CINDERC_BLESS=1 rewrites the file instead. */
export function expectGolden(actual: string, goldenPath: string): void {
  if (process.env.CINDERC_BLESS === "1") {
    writeFileSync(goldenPath, actual);
    return;
  }
  const expected = existsSync(goldenPath) ? readFileSync(goldenPath, "utf8") : "";
  assert.equal(actual, expected,
    `${goldenPath} differs from the output; if the new output is right, rerun with CINDERC_BLESS=1 to rewrite it`);
}

let fixtureProgram: { dir: string; exe: string } | undefined;

/** fixtures/program.c built once per test run, in a directory holding copies of the
 *  fixtures' Python files (the program's tracebacks and drivers read them from its cwd). */
export function buildFixtureProgram(): { dir: string; exe: string } {
  if (fixtureProgram) return fixtureProgram;
  requireRuntimeLib();
  const dir = makeTempDir("program");
  for (const f of readdirSync(fixtures)) {
    if (f.endsWith(".py")) copyFileSync(join(fixtures, f), join(dir, f));
  }
  const exe = join(dir, "prog");
  buildProgram([join(fixtures, "program.c")], exe);
  fixtureProgram = { dir, exe };
  return fixtureProgram;
}
