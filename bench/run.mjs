#!/usr/bin/env node
// The benchmark harness: every program in examples/bench/ on every engine that can run it, in
// one run on this machine. Steps: discover programs, make sure the peers are installed (apt-get
// when root or CI, otherwise skip them with a reason), build each engine's artefact (timing the
// build: cinderc to an executable, mypyc and Cython including their gcc step, gcc -O2 for C),
// check that every engine prints the same output per benchmark, time N rounds alternating the
// engines (wall time median and min, peak RSS from /usr/bin/time -f %M), and write
// bench/results.{md,json,svg}. Ratios are against CPython 3.11 running the `untyped` variant.
//
//   node bench/run.mjs [--quick] [--runs N] [--only a,b] [--instructions]
//
// Pitfalls this avoids (see the peers notes): compiled extension modules run from a directory
// holding no .py of the same name (a .py earlier on sys.path would shadow them), and they are
// built against Debian's /usr/bin/python3.11, never the python3 first on PATH.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "examples", "bench");
const outDir = join(root, "bench");
const PYTHON = process.env.CINDERC_PYTHON || "/usr/bin/python3.11";
const VARIANTS = ["untyped", "typed", "static"];

// ---- options ----
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const quick = flag("--quick");
const runs = Number(option("--runs") ?? (quick ? 2 : 5));
const withInstructions = flag("--instructions");
const only = option("--only")?.split(",");

const tty = process.stdout.isTTY;
const progress = (msg) => { if (tty) process.stdout.write(`\r\x1b[K${msg}`); };
const say = (msg) => { progress(""); console.log(msg); };

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20, ...opts });
  return { status: r.status, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error) : "") };
}
const have = (cmd) => run("sh", ["-c", `command -v ${cmd}`]).status === 0;
const pyModule = (mod) => run(PYTHON, ["-c", `import ${mod}`]).status === 0;

// ---- programs ----
const programs = {};
for (const file of readdirSync(benchDir).sort()) {
  const m = /^(\w+?)(?:_(untyped|typed|static))?\.(py|c)$/.exec(file);
  if (!m || (m[3] === "py" && !m[2])) continue;
  const name = m[1];
  (programs[name] ??= { name, variants: {} }).variants[m[3] === "c" ? "c" : m[2]] = join(benchDir, file);
}
let names = Object.keys(programs);
if (only) names = names.filter((n) => only.includes(n));
else if (quick) names = names.filter((n) => ["nbody", "nqueens"].includes(n));

// ---- peers: install what is missing when allowed, else skip with the reason ----
const skipped = [];
const peers = [
  { tool: "mypyc", pkg: "python3-mypy", ok: () => pyModule("mypyc") },
  { tool: "Cython", pkg: "cython3", ok: () => have("cython3") },
  { tool: "PyPy", pkg: "pypy3", ok: () => have("pypy3") },
];
const missing = peers.filter((p) => !p.ok());
if (missing.length > 0) {
  const mayInstall = (process.getuid?.() === 0 || process.env.CI) && have("apt-get");
  if (mayInstall) {
    say(`installing ${missing.map((p) => p.pkg).join(" ")} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const prefix = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
    const cmd = [...prefix, "apt-get", "install", "-y", "--no-install-recommends", ...missing.map((p) => p.pkg)];
    const r = run(cmd[0], cmd.slice(1), { env });
    if (r.status !== 0) say(`apt-get failed: ${r.stderr.trim().split("\n").pop()}`);
  }
  for (const p of missing) {
    if (!p.ok()) skipped.push(`${p.tool}: not installed (${p.pkg}) and ${mayInstall ? "apt-get could not install it" : "not root or CI, so not installed"}`);
  }
}
const available = (tool) => !peers.some((p) => p.tool === tool && !p.ok());

// Newer mypy and Cython from pip's configured index, in a venv under build/, timed next to
// Debian's generation. No index reachable: said in the results, not hidden.
const venv = join(root, "build", "bench-venv");
const venvPython = join(venv, "bin", "python");
function newerPeers() {
  if (existsSync(join(venv, ".ready"))) return true;
  say("trying pip's index for newer mypy and Cython");
  const mk = run(PYTHON, ["-m", "venv", venv]);
  if (mk.status !== 0) return `newer mypy/Cython: cannot create a venv (${mk.stderr.trim().split("\n").pop()})`;
  // Short timeouts: an unreachable default index must not stall the run (pip otherwise
  // waits out its configured timeout and retries before using the other indexes).
  const pip = run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--retries", "0",
    "--timeout", "5", "mypy", "Cython"], { timeout: 600000 });
  if (pip.status !== 0) return `newer mypy/Cython: pip could not install them (${(pip.stderr || "no output").trim().split("\n").pop()})`;
  writeFileSync(join(venv, ".ready"), "");
  return true;
}
const newer = quick ? "newer mypy/Cython: skipped in --quick" : newerPeers();
if (newer !== true) skipped.push(newer);
if (withInstructions && !have("valgrind")) skipped.push("instruction counts: valgrind not installed");

// ---- engines: how to build and run each variant ----
const work = mkdtempSync(join(tmpdir(), "cinderc-bench-"));
const staticEnv = { ...process.env, PYTHONPATH: join(root, "stdlib") };
const timeIt = (fn) => { const t = process.hrtime.bigint(); const r = fn(); return { r, seconds: Number(process.hrtime.bigint() - t) / 1e9 }; };
const ext = run(PYTHON, ["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"]).stdout.trim();
const pyIncludes = run(`${PYTHON}-config`, ["--includes"]).stdout.trim().split(/\s+/);

/** Build a Python extension from a C file into its own run directory (no .py there). */
function buildExtension(cFile, module, runDir) {
  mkdirSync(runDir, { recursive: true });
  return run("gcc", ["-shared", "-fPIC", "-O2", "-w", ...pyIncludes, cFile, "-o", join(runDir, module + ext)]);
}

const engines = [
  ...VARIANTS.map((v) => ({
    id: `cpython-${v}`, label: `CPython 3.11 (${v})`, variant: v,
    build: () => ({ ok: true }),
    command: (file) => ({ cmd: PYTHON, args: [file], env: staticEnv }),
  })),
  ...VARIANTS.map((v) => ({
    id: `cinderc-${v}`, label: `cinderc (${v})`, variant: v,
    build: (file, dir) => {
      const exe = join(dir, "prog");
      const cinderc = join(root, "bin", "cinderc");
      // Compile time to an object, then (the engine's compile time) to an executable.
      const obj = timeIt(() => run(process.execPath, [cinderc, "--static", file, "-o", join(dir, "prog.o")]));
      const r = run(process.execPath, [cinderc, "--static", "--exe", file, "-o", exe]);
      if (r.status !== 0) return { ok: false, why: `cannot compile yet: ${r.stderr.split("\n")[0].replace(`${file}:`, "")}` };
      return { ok: true, exe, objectSeconds: obj.r.status === 0 ? obj.seconds : undefined };
    },
    command: (_file, art) => ({ cmd: art.exe, args: [] }),
  })),
  mypycEngine("mypyc", "mypyc (typed)", PYTHON, "mypyc"),
  cythonEngine("cython", "Cython (typed, pure mode)", "cython3", PYTHON, "Cython"),
  ...(newer === true ? [
    mypycEngine("mypyc-pip", "mypyc, newest from pip (typed)", venvPython),
    cythonEngine("cython-pip", "Cython, newest from pip (typed, pure mode)", join(venv, "bin", "cython"), venvPython),
  ] : []),
  {
    id: "pypy", label: "PyPy 3 (untyped)", variant: "untyped", tool: "PyPy",
    build: () => ({ ok: true }),
    command: (file) => ({ cmd: "pypy3", args: [file] }),
  },
  {
    id: "gcc", label: "gcc -O2 (C)", variant: "c",
    build: (file, dir) => {
      const exe = join(dir, "prog");
      const r = run("gcc", ["-O2", file, "-o", exe, "-lm"]);
      return r.status === 0 ? { ok: true, exe } : { ok: false, why: `gcc failed: ${r.stderr.split("\n")[0]}` };
    },
    command: (_file, art) => ({ cmd: art.exe, args: [] }),
  },
];

/** mypyc run by `python` (Debian's, or the pip venv's) on the typed variant. */
function mypycEngine(id, label, python, tool) {
  return {
    id, label, variant: "typed", tool,
    build: (file, dir) => {
      const mod = basename(file, ".py");
      const src = join(dir, "src");
      mkdirSync(src, { recursive: true });
      copyFileSync(file, join(src, `${mod}.py`));
      const r = run(python, ["-m", "mypyc", `${mod}.py`], { cwd: src });
      const so = readdirSync(src).find((f) => f.startsWith(mod) && f.endsWith(".so"));
      if (r.status !== 0 || !so) return { ok: false, why: `mypyc failed: ${(r.stdout + r.stderr).trim().split("\n").slice(-1)[0]}` };
      const runDir = join(dir, "run");
      mkdirSync(runDir, { recursive: true });
      for (const f of readdirSync(src).filter((f) => f.endsWith(".so"))) copyFileSync(join(src, f), join(runDir, f));
      return { ok: true, runDir, mod };
    },
    command: (_file, art) => importMain(art, python),
  };
}

/** Cython (`cython` command) in pure-Python mode on the typed variant, run by `python`. */
function cythonEngine(id, label, cython, python, tool) {
  return {
    id, label, variant: "typed", tool,
    build: (file, dir) => {
      const mod = basename(file, ".py");
      const src = join(dir, "src");
      mkdirSync(src, { recursive: true });
      copyFileSync(file, join(src, `${mod}.py`));
      const r = run(cython, ["-3", `${mod}.py`, "-o", `${mod}.c`], { cwd: src });
      if (r.status !== 0) return { ok: false, why: `cython failed: ${r.stderr.trim().split("\n")[0]}` };
      const runDir = join(dir, "run");
      const g = buildExtension(join(src, `${mod}.c`), mod, runDir);
      if (g.status !== 0) return { ok: false, why: `gcc on Cython's output failed: ${g.stderr.trim().split("\n")[0]}` };
      return { ok: true, runDir, mod };
    },
    command: (_file, art) => importMain(art, python),
  };
}

/** Run a compiled module's main() from a directory holding only the extension. */
function importMain(art, python) {
  return { cmd: python, args: ["-c", `import sys; sys.argv = ['${art.mod}']; import ${art.mod}; ${art.mod}.main()`], cwd: art.runDir };
}

// ---- build and verify ----
const results = { machine: machineInfo(), runs, quick, benchmarks: {} };
const unavailable = [];
for (const name of names) {
  const prog = programs[name];
  const bench = (results.benchmarks[name] = { engines: {} });
  let reference;
  for (const engine of engines) {
    const file = prog.variants[engine.variant];
    if (!file) continue;
    if (engine.tool && !available(engine.tool)) continue;
    progress(`build ${name} / ${engine.id}`);
    const dir = join(work, name, engine.id);
    mkdirSync(dir, { recursive: true });
    const { r: art, seconds } = timeIt(() => engine.build(file, dir));
    if (!art.ok) {
      bench.engines[engine.id] = { label: engine.label, status: art.why };
      unavailable.push(`${name} / ${engine.label}: ${art.why}`);
      continue;
    }
    const c = engine.command(file, art);
    const out = run(c.cmd, c.args, { cwd: c.cwd ?? dir, env: c.env ?? process.env });
    if (out.status !== 0) {
      say(`FAIL ${name} / ${engine.id}: exit ${out.status}\n${out.stderr}`);
      process.exitCode = 1;
      bench.engines[engine.id] = { label: engine.label, status: `exited ${out.status}` };
      continue;
    }
    reference ??= { engine: engine.id, stdout: out.stdout };
    if (out.stdout !== reference.stdout) {
      say(`FAIL ${name}: ${engine.id} prints\n${out.stdout}but ${reference.engine} prints\n${reference.stdout}`);
      process.exitCode = 1;
    }
    bench.engines[engine.id] = {
      label: engine.label, status: "ok",
      compileSeconds: engine.id.startsWith("cpython") || engine.id === "pypy" ? null : seconds - (art.objectSeconds ?? 0),
      objectSeconds: art.objectSeconds,
      checksum: out.stdout.trim().split("\n").pop(), command: c, times: [], rss: [],
    };
  }
}
if (process.exitCode) { say("checksums disagree or a program failed: no results written"); process.exit(1); }

// ---- time: N rounds, each round runs every engine once, in turn ----
const rssFile = join(work, "rss");
for (let round = 0; round <= runs; round++) {
  for (const name of names) {
    for (const [id, e] of Object.entries(results.benchmarks[name].engines)) {
      if (e.status !== "ok") continue;
      progress(`${round === 0 ? "warm-up" : `round ${round}/${runs}`}: ${name} / ${id}`);
      const c = e.command;
      const { r, seconds } = timeIt(() => run("/usr/bin/time", ["-f", "%M", "-o", rssFile, c.cmd, ...c.args], { cwd: c.cwd ?? work, env: c.env ?? process.env }));
      if (r.status !== 0) { say(`FAIL ${name} / ${id} in round ${round}: ${r.stderr}`); process.exit(1); }
      if (round === 0) continue; // the warm-up fills caches; it is not recorded
      e.times.push(seconds);
      e.rss.push(Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()));
    }
  }
}

// ---- instruction counts (optional; small workload, callgrind is ~50x slower) ----
if (withInstructions && have("valgrind")) {
  for (const name of names) {
    for (const [id, e] of Object.entries(results.benchmarks[name].engines)) {
      if (e.status !== "ok" || id.startsWith("cpython") || id === "pypy") continue;
      progress(`callgrind ${name} / ${id}`);
      const c = e.command;
      const out = join(work, "callgrind.out");
      const r = run("valgrind", ["--tool=callgrind", `--callgrind-out-file=${out}`, c.cmd, ...c.args],
        { cwd: c.cwd ?? work, env: { ...(c.env ?? process.env), BENCH_SIZE: "small" } });
      const m = /Collected\s*:\s*(\d+)/.exec(r.stderr);
      e.instructionsSmall = m ? Number(m[1]) : null;
    }
  }
}

// ---- summarise ----
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const engineIds = engines.map((e) => e.id);
const perEngine = {};
for (const name of names) {
  const b = results.benchmarks[name];
  const base = b.engines["cpython-untyped"];
  const baseMedian = base?.status === "ok" ? median(base.times) : undefined;
  for (const [id, e] of Object.entries(b.engines)) {
    if (e.status !== "ok") continue;
    e.median = median(e.times);
    e.min = Math.min(...e.times);
    e.peakRssKB = Math.max(...e.rss);
    e.speedup = baseMedian ? baseMedian / e.median : null;
    if (e.speedup) (perEngine[id] ??= []).push(e.speedup);
    delete e.command;
  }
}
results.geomean = Object.fromEntries(engineIds.filter((id) => perEngine[id]).map((id) => [id, { speedup: geomean(perEngine[id]), benchmarks: perEngine[id].length }]));
results.skipped = skipped;
results.unavailable = unavailable;
rmSync(work, { recursive: true, force: true });

writeFileSync(join(outDir, "results.json"), JSON.stringify(results, null, 2) + "\n");
writeFileSync(join(outDir, "results.md"), markdown(results));
writeFileSync(join(outDir, "results.svg"), svg(results));
say(`wrote bench/results.md, bench/results.json, bench/results.svg`);
for (const [id, g] of Object.entries(results.geomean)) say(`  ${id.padEnd(16)} ${g.speedup.toFixed(2)}x CPython (geometric mean over ${g.benchmarks})`);

function machineInfo() {
  const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) ?? [])[1] ?? "unknown";
  const version = (cmd, args) => (run(cmd, args).stdout + run(cmd, args).stderr).trim().split("\n")[0];
  return {
    cpu, cores: readFileSync("/proc/cpuinfo", "utf8").split("processor\t:").length - 1,
    python: version(PYTHON, ["--version"]), gcc: version("gcc", ["--version"]), node: process.version,
    mypyc: available("mypyc") ? version(PYTHON, ["-c", "import mypy.version; print('mypy', mypy.version.__version__)"]) : null,
    cython: available("Cython") ? version("cython3", ["--version"]) : null,
    pypy: available("PyPy") ? version("pypy3", ["-c", "import sys; print('PyPy', '.'.join(map(str, sys.pypy_version_info[:3])), 'Python', sys.version.split()[0])"]) : null,
    date: new Date().toISOString().slice(0, 10),
  };
}

function markdown(res) {
  const ids = engineIds.filter((id) => names.some((n) => res.benchmarks[n].engines[id]));
  const label = (id) => engines.find((e) => e.id === id).label;
  const lines = [
    "# Benchmark results",
    "",
    `Generated by \`node bench/run.mjs${quick ? " --quick" : ""}\` on ${res.machine.date}: ${res.machine.cpu}, ${res.machine.cores} cores;`,
    `${res.machine.python} (Debian, the baseline), ${res.machine.gcc}; ${[res.machine.mypyc, res.machine.cython, res.machine.pypy].filter(Boolean).join("; ")}.`,
    `Whole-process wall time, ${res.runs} timed rounds after one warm-up, engines alternating within each round.`,
    "Speedup = CPython's median on the `untyped` variant / the engine's median (higher is better).",
    "Compile s: seconds to build the engine's artefact, C compilation included; for cinderc, to an object / to an executable.",
    "",
    "## Geometric mean speedup over CPython (untyped)",
    "",
    "| engine | speedup | benchmarks |",
    "|---|---|---|",
    ...Object.entries(res.geomean).map(([id, g]) => `| ${label(id)} | ${g.speedup.toFixed(2)}x | ${g.benchmarks} |`),
    "",
    "## Per benchmark",
    "",
  ];
  for (const name of names) {
    lines.push(`### ${name}`, "", "| engine | median s | min s | speedup | peak RSS MB | compile s |" + (withInstructions ? " instructions (small) |" : ""),
      "|---|---|---|---|---|---|" + (withInstructions ? "---|" : ""));
    for (const id of ids) {
      const e = res.benchmarks[name].engines[id];
      if (!e) continue;
      if (e.status !== "ok") { lines.push(`| ${label(id)} | ${e.status.replace(/\|/g, "\\|")} | | | | |` + (withInstructions ? " |" : "")); continue; }
      lines.push(`| ${label(id)} | ${e.median.toFixed(3)} | ${e.min.toFixed(3)} | ${e.speedup ? e.speedup.toFixed(2) + "x" : "–"} | ${(e.peakRssKB / 1024).toFixed(1)} | ${e.compileSeconds == null ? "–" : (e.objectSeconds != null ? `${e.objectSeconds.toFixed(2)} / ` : "") + e.compileSeconds.toFixed(2)} |`
        + (withInstructions ? ` ${e.instructionsSmall ?? "–"} |` : ""));
    }
    lines.push("", `checksum line: \`${Object.values(res.benchmarks[name].engines).find((e) => e.checksum)?.checksum}\``, "");
  }
  if (res.unavailable.length) lines.push("## Not compiled", "", ...res.unavailable.map((u) => `- ${u}`), "");
  if (res.skipped.length) lines.push("## Skipped", "", ...res.skipped.map((s) => `- ${s}`), "");
  return lines.join("\n");
}

function svg(res) {
  // One row group per benchmark, one horizontal bar per engine; the x axis is log10(speedup).
  const ids = engineIds.filter((id) => names.some((n) => res.benchmarks[n].engines[id]?.speedup));
  const colors = ["#777777", "#aaaaaa", "#cccccc", "#d62728", "#ff7f0e", "#e8b100", "#1f77b4", "#2ca02c", "#9467bd", "#000000"];
  const color = (id) => colors[engineIds.indexOf(id) % colors.length];
  const label = (id) => engines.find((e) => e.id === id).label;
  const all = names.flatMap((n) => ids.map((id) => res.benchmarks[n].engines[id]?.speedup).filter(Boolean));
  const lo = Math.min(0.1, ...all), hi = Math.max(10, ...all);
  const minExp = Math.floor(Math.log10(lo)), maxExp = Math.ceil(Math.log10(hi));
  const left = 120, width = 560, bar = 11, gap = 14, top = 40;
  const x = (v) => left + ((Math.log10(v) - minExp) / (maxExp - minExp)) * width;
  const parts = [];
  let y = top;
  for (const name of names) {
    const rows = ids.filter((id) => res.benchmarks[name].engines[id]?.speedup);
    parts.push(`<text x="${left - 8}" y="${y + (rows.length * bar) / 2 + 4}" text-anchor="end" font-weight="bold">${name}</text>`);
    for (const id of rows) {
      const s = res.benchmarks[name].engines[id].speedup;
      const x0 = x(1), x1 = x(s);
      parts.push(`<rect x="${Math.min(x0, x1).toFixed(1)}" y="${y}" width="${Math.abs(x1 - x0).toFixed(1)}" height="${bar - 2}" fill="${color(id)}"><title>${label(id)}: ${s.toFixed(2)}x</title></rect>`);
      parts.push(`<text x="${(Math.max(x0, x1) + 3).toFixed(1)}" y="${y + bar - 3}" font-size="9">${s.toFixed(s < 10 ? 2 : 1)}x</text>`);
      y += bar;
    }
    y += gap;
  }
  const axis = [];
  for (let e = minExp; e <= maxExp; e++) {
    const v = 10 ** e;
    axis.push(`<line x1="${x(v)}" y1="${top - 6}" x2="${x(v)}" y2="${y}" stroke="${e === 0 ? "#000" : "#ddd"}"/>`,
      `<text x="${x(v)}" y="${top - 10}" text-anchor="middle" font-size="10">${v >= 1 ? v : v.toFixed(-e)}x</text>`);
  }
  const legend = ids.map((id, i) => `<rect x="${left + (i % 3) * 190}" y="${y + 10 + Math.floor(i / 3) * 16}" width="10" height="10" fill="${color(id)}"/><text x="${left + (i % 3) * 190 + 14}" y="${y + 19 + Math.floor(i / 3) * 16}" font-size="11">${label(id)}</text>`);
  const height = y + 20 + Math.ceil(ids.length / 3) * 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 60}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="${left}" y="16" font-weight="bold">Speedup over CPython 3.11 on the untyped variant (log scale, higher is better)</text>`,
    ...axis, ...parts, ...legend, "</svg>", "",
  ].join("\n");
}
