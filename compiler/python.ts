// The one CPython cinderc links against and tests with: Debian's /usr/bin/python3.11 (3.11.2)
// and its python3.11-config. A pyenv python3 earlier on PATH must never be picked up, so the
// path is explicit; CINDERC_PYTHON overrides it. The build caches python3.11-config's answers
// in dist/python-config.json (each call costs ~12 ms).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { distPath } from "./paths.js";

export const PYTHON = process.env.CINDERC_PYTHON || "/usr/bin/python3.11";

export interface PythonConfig {
  python: string;
  includes: string[];
  ldflags: string[];
}

let cached: PythonConfig | undefined;

export function pythonConfig(): PythonConfig {
  if (cached) return cached;
  const file = distPath("python-config.json");
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, "utf8")) as PythonConfig;
    if (c.python === PYTHON) return (cached = c);
  }
  const run = (args: string[]) => execFileSync(`${PYTHON}-config`, args, { encoding: "utf8" }).trim().split(/\s+/);
  return (cached = { python: PYTHON, includes: run(["--includes"]), ldflags: run(["--embed", "--ldflags"]) });
}
