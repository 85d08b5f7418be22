// The standard library sweep (not part of mocha: it takes a minute): parse every .py file in
// /usr/lib/python3.11 (with --all, every .py below it, which includes CPython's own test
// suite when Debian's libpython3.11-testsuite is installed) and compare our AST dump with
// CPython 3.11's.
//
//   npx tsc -p . && node build/test/parse/corpus.js [--all] [DIR...]
//
// Each file lands in one of three bins: matched (same dump), rejected as CPython does (both
// raise SyntaxError; a differing message or line is printed as a note), or mismatched.
// corpus-known.txt lists mismatches we know about and why; the script exits 1 when a file
// mismatches that is not listed there, or when a listed file no longer mismatches.
// Timing lives in bench.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dumpAst } from "../../compiler/parse/dump.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseText } from "../../compiler/parse/parser.js";
import { PySyntaxError } from "../../compiler/parse/syntax-error.js";
import { repoRoot } from "../../compiler/paths.js";
import { pythonFiles, STDLIB } from "./files.js";
import { oracle } from "./oracle.js";

type Ours = { dump: string } | { error: string; lineno: number } | { crash: string };

function ours(file: string): Ours {
  try {
    return { dump: dumpAst(parseText(decodeSource(readFileSync(file)))) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.message, lineno: e.span.lineno };
    return { crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Where two dumps first differ, with a little context. */
function firstDifference(want: string, got: string): string {
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  return `dumps differ at character ${i}: CPython …${JSON.stringify(want.slice(Math.max(0, i - 60), i + 40))}, cinderc …${JSON.stringify(got.slice(Math.max(0, i - 60), i + 40))}`;
}

/** corpus-known.txt: `path  # why`, one per line; paths are relative to /usr/lib/python3.11. */
function knownMismatches(): Map<string, string> {
  const path = join(repoRoot(), "test/parse/corpus-known.txt");
  const known = new Map<string, string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [file, why = ""] = line.split("#", 2).map((s) => s.trim());
    if (file) known.set(join(STDLIB, file), why);
  }
  return known;
}

function sweep(files: string[]): boolean {
  const expected = oracle(files);
  const known = knownMismatches();
  let matched = 0;
  let rejected = 0;
  let mismatched = 0;
  let unexpected = 0;
  for (const file of files) {
    const want = expected[file];
    const got = ours(file);
    let problem: string | null = null;
    if ("dump" in want && "dump" in got) {
      if (want.dump === got.dump) matched++;
      else problem = firstDifference(want.dump, got.dump);
    } else if ("error" in want && "error" in got) {
      rejected++;
      if (want.error.msg !== got.error || want.error.lineno !== got.lineno) {
        console.log(`note ${file}: both reject; CPython says "${want.error.msg}" (line ${want.error.lineno}), cinderc "${got.error}" (line ${got.lineno})`);
      }
    } else if ("crash" in got) {
      problem = `cinderc crashed: ${got.crash}`;
    } else if ("error" in got) {
      problem = `cinderc rejects it: ${got.error} (line ${got.lineno})`;
    } else if ("error" in want) {
      problem = `CPython rejects it: ${want.error.msg} (line ${want.error.lineno}), cinderc accepts it`;
    }
    if (problem === null) continue;
    mismatched++;
    if (known.has(file)) {
      console.log(`known mismatch ${file} (${known.get(file)}): ${problem}`);
    } else {
      unexpected++;
      console.log(`MISMATCH ${file}: ${problem}`);
    }
  }
  // A known mismatch that went away should be taken off the list, so the list stays honest.
  const stale = [...known.keys()].filter((file) => files.includes(file) && expected[file] && !isMismatch(file, expected[file], ours(file)));
  for (const file of stale) console.log(`STALE ${file} matches now: remove it from test/parse/corpus-known.txt`);
  console.log(`${files.length} files: ${matched} matched, ${rejected} rejected as CPython does, ${mismatched} mismatched (${mismatched - unexpected} known)`);
  return unexpected === 0 && stale.length === 0;
}

function isMismatch(file: string, want: ReturnType<typeof oracle>[string], got: Ours): boolean {
  if ("dump" in want && "dump" in got) return want.dump !== got.dump;
  return !("error" in want && "error" in got);
}

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const files = (dirs.length > 0 ? dirs : [STDLIB]).flatMap((dir) => pythonFiles(dir, args.includes("--all")));
if (!sweep(files)) process.exitCode = 1;
