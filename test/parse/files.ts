// The standard library files the corpus sweep and the benchmark read.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const STDLIB = "/usr/lib/python3.11";

/** The .py files in `dir` (and below it, when `recursive`), sorted. */
export function pythonFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && recursive) out.push(...pythonFiles(path, true));
    // statSync follows symlinks (Debian links sitecustomize.py into /etc).
    else if (entry.name.endsWith(".py") && statSync(path).isFile()) out.push(path);
  }
  return out.sort();
}
