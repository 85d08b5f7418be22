// Where the compiler finds its own files (the grammar recipe, the runtime library, stdlib/),
// both from the tsc output in build/ and from the esbuild bundle in dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The checkout's root: the nearest ancestor of this module holding package.json. */
export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("cinderc: cannot find the checkout root (package.json)");
    dir = up;
  }
  return (root = dir);
}

export const distPath = (...parts: string[]) => join(repoRoot(), "dist", ...parts);
