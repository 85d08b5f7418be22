// The standard library sweep for scopes (not part of mocha: it takes a while): build the
// symbol tables of every /usr/lib/python3.11/*.py (with --all, every .py below it) and
// compare our dump with CPython 3.11's symtable module, or our error with its SyntaxError.
//
//   npx tsc -p . && node build/test/scopes/corpus.js [--all]
//
// Prints one line per mismatch and the match count.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CompileError } from "../../compiler/diagnostics.js";
import { decodeSource } from "../../compiler/parse/encoding.js";
import { parseModule } from "../../compiler/parse/parser.js";
import { PySyntaxError } from "../../compiler/parse/syntax-error.js";
import { buildSymtable } from "../../compiler/scopes/build.js";
import { dumpScopes } from "../../compiler/scopes/dump.js";
import { SourceFile } from "../../compiler/source.js";
import { symtableOracle } from "./oracle.js";

const STDLIB = "/usr/lib/python3.11";

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

/** Our answer in the oracle's terms: the dump, or `SyntaxError: msg (line N)`. */
function ourScopes(path: string): string {
  try {
    const ast = parseModule(new SourceFile(path, decodeSource(readFileSync(path))));
    return dumpScopes(buildSymtable(ast, path));
  } catch (e) {
    // decodeSource reports a bad coding cookie as PySyntaxError; the rest come as CompileError.
    if (e instanceof PySyntaxError) return `SyntaxError: ${e.message} (line ${e.span.lineno})`;
    if (!(e instanceof CompileError)) throw e;
    const d = e.diagnostics[0];
    return `SyntaxError: ${d.message} (line ${d.span.lineno})`;
  }
}

const files = pythonFiles(STDLIB, process.argv.includes("--all"));
const expected = symtableOracle(files);
let matches = 0;
for (const file of files) {
  const want = expected[file];
  const wanted = "dump" in want ? want.dump : `SyntaxError: ${want.error.msg} (line ${want.error.lineno})`;
  if (ourScopes(file) === wanted) matches++;
  else console.log(`MISMATCH ${file}`);
}
console.log(`${matches} of ${files.length} files: scopes match CPython 3.11's symtable`);
