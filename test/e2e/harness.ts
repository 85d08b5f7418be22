// Running programs two ways for behaviour tests: compiled by cinderc (through the real CLI,
// linked against the real libpython) and under Debian's CPython 3.11 with stdlib/'s
// pure-Python __static__ on PYTHONPATH. The oracle is CPython: same stdout, same exception
// type on stderr, same exit status.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../compiler/paths.js";
import { PYTHON } from "../../compiler/python.js";

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const cinderc = join(repoRoot(), "bin", "cinderc");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cinderc-test-"));
}

/** Run the cinderc CLI. */
export function runCinderc(args: string[], cwd = repoRoot()): RunResult {
  const r = spawnSync(process.execPath, [cinderc, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runCPython(file: string, args: string[] = [], cwd = repoRoot()): RunResult {
  const r = spawnSync(PYTHON, [file, ...args], {
    cwd, encoding: "utf8", env: { ...process.env, PYTHONPATH: join(repoRoot(), "stdlib") },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runExe(exe: string, args: string[] = [], argv0?: string): RunResult {
  const r = spawnSync(exe, args, { encoding: "utf8", argv0 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The exception type named on the last line of a traceback ("ZeroDivisionError: ..."). */
export function exceptionType(stderr: string): string | undefined {
  const last = stderr.trimEnd().split("\n").pop() ?? "";
  return /^([A-Za-z_][\w.]*)(:|$)/.exec(last)?.[1];
}
