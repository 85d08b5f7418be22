// The standard library sweep (not part of mocha: it takes a minute): parse every
// /usr/lib/python3.11/*.py (with --all, every .py below it) and compare our AST dump with
// CPython 3.11's; then time warm parses of a big module and measure peak memory.
//
//   npx tsc -p . && node build/test/parse/corpus.js [--all] [--bench FILE]
//
// Prints one line per mismatch, the match count, lines per second and peak RSS.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dumpAst } from "../../compiler/parse/dump.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseText } from "../../compiler/parse/parser.js";
import { PySyntaxError } from "../../compiler/parse/syntax-error.js";
import { oracle } from "./oracle.js";

const STDLIB = "/usr/lib/python3.11";
const args = process.argv.slice(2);
const benchFile = args.includes("--bench") ? args[args.indexOf("--bench") + 1] : join(STDLIB, "_pydecimal.py");

function pythonFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && recursive) out.push(...pythonFiles(path, true));
    // statSync follows symlinks (Debian links sitecustomize.py into /etc).
    else if (entry.name.endsWith(".py") && statSync(path).isFile()) out.push(path);
  }
  return out.sort();
}

function sweep(files: string[]): void {
  const expected = oracle(files);
  let matches = 0;
  for (const file of files) {
    const want = expected[file];
    let got: string;
    try {
      got = dumpAst(parseText(decodeSource(readFileSync(file))));
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = `SyntaxError: ${e.message} (line ${e.span.lineno})`;
    }
    const wanted = "dump" in want ? want.dump : `SyntaxError: ${want.error.msg} (line ${want.error.lineno})`;
    if (got === wanted) matches++;
    else console.log(`MISMATCH ${file}`);
  }
  console.log(`${matches} of ${files.length} files match CPython 3.11's ast.dump`);
}

function bench(file: string): void {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").length;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    parseText(text);
    times.push(performance.now() - start);
  }
  // The first runs warm up the JIT; take the best of the rest.
  const best = Math.min(...times.slice(3));
  console.log(`${file}: ${lines} lines, first parse ${times[0].toFixed(0)} ms, warm ${best.toFixed(0)} ms = ${Math.round((lines / best) * 1000)} lines/s`);
  // Peak memory of a fresh process that parses the file once, against one that only loads the parser.
  const parser = fileURLToPath(new URL("../../compiler/parse/parser.js", import.meta.url));
  const peak = (parse: boolean) => {
    const script = `const { parseText } = await import(${JSON.stringify(parser)});
      parseText("x = 1\\n");
      ${parse ? `parseText(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"));` : ""}
      console.log(process.resourceUsage().maxRSS);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `import { createRequire } from "node:module"; const require = createRequire(import.meta.url); ${script}`]);
    return Number(out.toString()) / 1024;
  };
  const base = peak(false);
  const total = peak(true);
  console.log(`peak RSS ${total.toFixed(0)} MB (${(total - base).toFixed(0)} MB over a process that only loaded the parser)`);
}

sweep(pythonFiles(STDLIB, args.includes("--all")));
bench(benchFile);
