#!/usr/bin/env node
// Build everything `npm install` promises: the TypeScript (type-checked by tsc into build/,
// bundled by esbuild into dist/cinderc.mjs for a fast cold start), the ohm grammar
// precompiled to a recipe, and the runtime library dist/libcinderc_rt.a (gcc).
// Fails early, naming the Debian packages, when gcc or python3.11-dev are missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync, readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const log = (msg) => { if (!quiet) console.log(`cinderc build: ${msg}`); };
const python = process.env.CINDERC_PYTHON || "/usr/bin/python3.11";
const pythonConfig = `${python}-config`;

function fail(msg) {
  console.error(`cinderc build: error: ${msg}`);
  process.exit(1);
}

function need(cmd, args, pkg) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    fail(`'${cmd}' is missing or broken; on Debian 12 install it with: apt-get install ${pkg}`);
  }
  return r.stdout;
}

need("gcc", ["--version"], "gcc");
if (!existsSync(python)) fail(`${python} not found; install Debian's python3.11 (apt-get install python3.11 python3.11-dev) or set CINDERC_PYTHON`);
const includes = need(pythonConfig, ["--includes"], "python3.11-dev").trim();
const ldflags = need(pythonConfig, ["--embed", "--ldflags"], "python3.11-dev").trim();
const incDir = includes.split(/\s+/)[0].replace(/^-I/, "");
if (!existsSync(join(incDir, "Python.h"))) fail(`Python.h not found in ${incDir}; apt-get install python3.11-dev`);

const dist = join(root, "dist");
mkdirSync(dist, { recursive: true });

// Cache python3.11-config's answers: each call costs ~12 ms and every link needs them.
writeFileSync(join(dist, "python-config.json"),
  JSON.stringify({ python, includes: includes.split(/\s+/), ldflags: ldflags.split(/\s+/) }, null, 2) + "\n");

// --no-typecheck: a quick rebuild of the bundle and the runtime while iterating (tsc still
// runs in `npm test` and CI).
if (!process.argv.includes("--no-typecheck")) {
  log("tsc");
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", root], { stdio: "inherit" });
  if (tsc.status !== 0) fail("TypeScript type check failed");
}

log("grammar recipe");
execFileSync(process.execPath, [join(root, "scripts/grammar-recipe.mjs")], { stdio: "inherit" });

log("unicode names");
if (!existsSync(join(root, "dist/unicode-names.json"))) {
  execFileSync(process.execPath, [join(root, "scripts/unicode-names.mjs")], { stdio: "inherit" });
}

log("unicode printable");
if (!existsSync(join(root, "dist/unicode-printable.json"))) {
  execFileSync(process.execPath, [join(root, "scripts/unicode-printable.mjs")], { stdio: "inherit" });
}

log("esbuild bundle");
const esbuild = await import("esbuild");
await esbuild.build({
  entryPoints: [join(root, "compiler/cli.ts")],
  bundle: true, platform: "node", format: "esm", target: "node20",
  outfile: join(dist, "cinderc.mjs"), logLevel: "warning",
  // zod is loaded lazily (only where a config is read); keep it out of the start-up path.
  external: ["zod"],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

log("runtime library");
const rtDir = join(root, "runtime-support");
const objDir = join(dist, "rt-obj");
mkdirSync(objDir, { recursive: true });
const sources = readdirSync(rtDir).filter((f) => f.endsWith(".c"));
const headers = readdirSync(rtDir).filter((f) => f.endsWith(".h")).map((f) => statSync(join(rtDir, f)).mtimeMs);
const newestHeader = Math.max(0, ...headers);
const objects = [];
for (const src of sources) {
  const obj = join(objDir, src.replace(/\.c$/, ".o"));
  objects.push(obj);
  const srcTime = Math.max(statSync(join(rtDir, src)).mtimeMs, newestHeader);
  if (existsSync(obj) && statSync(obj).mtimeMs >= srcTime) continue;
  const r = spawnSync("gcc", ["-O2", "-g", "-fPIC", "-Wall", "-Werror", "-std=gnu11", ...includes.split(/\s+/),
    "-c", join(rtDir, src), "-o", obj], { stdio: "inherit" });
  if (r.status !== 0) fail(`gcc failed on runtime-support/${src}`);
}
const lib = join(dist, "libcinderc_rt.a");
spawnSync("rm", ["-f", lib]);
if (objects.length) {
  const r = spawnSync("ar", ["rcs", lib, ...objects], { stdio: "inherit" });
  if (r.status !== 0) fail("ar failed");
}
log("done");
