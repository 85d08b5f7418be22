// Linking: the system `cc` joins cinderc's objects with the runtime library
// (dist/libcinderc_rt.a, which holds main()) and libpython3.11. This is the only place a C
// toolchain runs, and it only links.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { distPath } from "./paths.js";
import { pythonConfig } from "./python.js";

export class LinkError extends Error {}

/** Link `objects` into an executable at `out` (written to a temporary name, then renamed). */
export function linkExecutable(objects: string[], out: string): void {
  const runtime = distPath("libcinderc_rt.a");
  if (!existsSync(runtime)) throw new LinkError(`${runtime} is missing; run npm install (or npm run build)`);
  const tmp = `${out}.tmp-${process.pid}`;
  const r = spawnSync("cc", ["-o", tmp, ...objects, runtime, ...pythonConfig().ldflags], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    rmSync(tmp, { force: true });
    throw new LinkError(`linking failed:\n${r.error?.message ?? r.stderr}`);
  }
  renameSync(tmp, out);
}
