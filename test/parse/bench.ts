// Parser benchmark (npm run bench:parse): how fast and how big the parser is, next to
// CPython's own. Writes bench/results-parse.md and bench/results-parse.json.
//
//   npx tsc -p . && node build/test/parse/bench.js
//
// Measures, in one run:
//  - lines/s over the standard library (every .py under /usr/lib/python3.11 outside test
//    directories, so installing the test suite does not change the corpus): one timed pass
//    over all files after an untimed one that reads them and warms up the JIT, against
//    /usr/bin/python3.11 timing ast.parse over the same files (sources read beforehand);
//  - warm parse time of a 1,000-line module (the first 1,000 lines of the first candidate
//    module that parse on their own), best of 10 after 5 warm-up runs;
//  - cold wall time of `node bin/cinderc --emit ast` on that module (the esbuild bundle in
//    dist/, so run `npm run build` first), median of 5 runs;
//  - peak RSS of a fresh process parsing the largest standard library file, for both parsers.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseText } from "../../compiler/parse/parser.js";
import { repoRoot } from "../../compiler/paths.js";
import { PYTHON } from "./oracle.js";
import { pythonFiles, STDLIB } from "./files.js";

const root = repoRoot();
const TEST_DIRS = /\/(test|tests|idle_test)\//;
/** Modules whose first 1,000 lines are tried, in order, for the warm and cold measurements. */
const CANDIDATES = ["_pydecimal.py", "typing.py", "inspect.py", "argparse.py", "subprocess.py"];

const countLines = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The corpus, read and parsed once (untimed): files that fail to parse are left out. */
function corpus(): { path: string; text: string; lines: number }[] {
  const paths = pythonFiles(STDLIB, true).filter((p) => !TEST_DIRS.test(p));
  const out = [];
  for (const path of paths) {
    let text: string;
    try {
      text = decodeSource(readFileSync(path));
      parseText(text);
    } catch {
      continue; // corpus.ts checks that CPython rejects them too
    }
    out.push({ path, text, lines: countLines(text) });
  }
  return out;
}

function ourCorpusSeconds(files: { text: string }[]): number {
  const start = performance.now();
  for (const f of files) parseText(f.text);
  return (performance.now() - start) / 1000;
}

const PY_CORPUS = `
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
sources = [open(p, "rb").read() for p in json.load(sys.stdin)]
start = time.perf_counter()
for s in sources:
    ast.parse(s)
print(time.perf_counter() - start)
`;

function cpythonCorpusSeconds(paths: string[]): number {
  return Number(execFileSync(PYTHON, ["-c", PY_CORPUS], { input: JSON.stringify(paths), encoding: "utf8" }));
}

/** The first 1,000 lines of a candidate module, written to a temporary file. */
function thousandLineModule(): { from: string; path: string; text: string } {
  for (const name of CANDIDATES) {
    const lines = readFileSync(join(STDLIB, name), "utf8").split("\n");
    if (lines.length <= 1000) continue;
    const text = lines.slice(0, 1000).join("\n") + "\n";
    try {
      parseText(text);
    } catch {
      continue;
    }
    const path = join(mkdtempSync(join(tmpdir(), "cinderc-bench-")), "module1000.py");
    writeFileSync(path, text);
    return { from: name, path, text };
  }
  throw new Error("bench: no candidate module's first 1,000 lines parse alone");
}

function warmMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    parseText(text);
    times.push(performance.now() - start);
  }
  return Math.min(...times.slice(5));
}

function coldMs(path: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [join(root, "bin/cinderc"), "--emit", "ast", path], { maxBuffer: 1 << 28 });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Peak RSS in MB of a fresh node process that parses `file` (or only loads the parser). */
function ourPeakMb(file: string | null): number {
  const parser = join(root, "build/compiler/parse/parser.js");
  const script = `import { readFileSync } from "node:fs";
    const { parseText } = await import(${JSON.stringify(parser)});
    parseText("x = 1\\n");
    ${file ? `parseText(readFileSync(${JSON.stringify(file)}, "utf8"));` : ""}
    console.log(process.resourceUsage().maxRSS);`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) / 1024;
}

function cpythonPeakMb(file: string | null): number {
  const script = `import ast, resource, sys
src = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else b""
ast.parse(src)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)`;
  return Number(execFileSync(PYTHON, ["-c", script, ...(file ? [file] : [])], { encoding: "utf8" })) / 1024;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function main(): void {
  const files = corpus();
  const lines = files.reduce((n, f) => n + f.lines, 0);
  const ours = ourCorpusSeconds(files);
  const cpython = cpythonCorpusSeconds(files.map((f) => f.path));
  const module = thousandLineModule();
  const warm = warmMs(module.text);
  const cold = coldMs(module.path);
  const largest = files.reduce((a, b) => (statSync(a.path).size >= statSync(b.path).size ? a : b));
  const peak = { ours: ourPeakMb(largest.path), oursBaseline: ourPeakMb(null), cpython: cpythonPeakMb(largest.path), cpythonBaseline: cpythonPeakMb(null) };

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    corpus: {
      files: files.length, lines,
      cindercSeconds: round(ours, 2), cpythonSeconds: round(cpython, 2),
      cindercLinesPerSecond: Math.round(lines / ours), cpythonLinesPerSecond: Math.round(lines / cpython),
      slowdownVsCPython: round(ours / cpython),
    },
    module1000: { from: `first 1,000 lines of ${module.from}`, warmMs: round(warm), coldEmitAstMs: Math.round(cold) },
    peakRss: {
      file: largest.path, lines: largest.lines,
      cindercMb: Math.round(peak.ours), cindercOverBaselineMb: Math.round(peak.ours - peak.oursBaseline),
      cpythonMb: Math.round(peak.cpython), cpythonOverBaselineMb: Math.round(peak.cpython - peak.cpythonBaseline),
      ratio: round(peak.ours / peak.cpython),
    },
  };
  const c = results.corpus;
  const m = results.module1000;
  const p = results.peakRss;
  const md = `# Parser benchmark

Generated by \`npm run bench:parse\` (test/parse/bench.ts) on ${results.date}, Node ${results.node}.

| measure | cinderc | CPython 3.11 \`ast.parse\` | ratio |
|---|---|---|---|
| standard library, ${c.files} files, ${c.lines} lines | ${c.cindercSeconds} s = ${c.cindercLinesPerSecond} lines/s | ${c.cpythonSeconds} s = ${c.cpythonLinesPerSecond} lines/s | ${c.slowdownVsCPython}x slower |
| peak RSS, ${p.file} (${p.lines} lines) | ${p.cindercMb} MB (${p.cindercOverBaselineMb} MB over loading the parser) | ${p.cpythonMb} MB (${p.cpythonOverBaselineMb} MB over an empty parse) | ${p.ratio}x |

${m.from}: warm parse ${m.warmMs} ms (best of 10 after 5 warm-up runs);
cold \`node bin/cinderc --emit ast\` ${m.coldEmitAstMs} ms wall time (median of 5).
`;
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results-parse.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(root, "bench/results-parse.md"), md);
  process.stdout.write(md);
}

main();
