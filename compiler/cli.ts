// The command line (the contract later issues and outside test suites rely on):
//   cinderc [--static] FILE.py [-o OUT.o]                    ELF64 relocatable object
//   cinderc [--static] --exe MAIN.py [OTHER.py ...] -o OUT   native executable
//   cinderc [--static] --shared FILE.py -o NAME.so           (not supported yet)
//   cinderc run [--static] FILE.py [-- ARGS...]              compile, link, run
//   --emit ast|scopes|hir|lir|asm                            print one stage instead
// Exit status: 0 ok, 1 compile (or link) errors, 2 usage errors, 70 internal compiler error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { basename, join } from "node:path";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { writeObject } from "../backend/elf/object.js";
import { CompileError, InternalError, formatDiagnostic } from "./diagnostics.js";
import { emitProgramObject } from "./emit/program.js";
import { LinkError, linkExecutable } from "./link.js";
import { type CompiledModule, type EmitStage, compileModule } from "./pipeline.js";
import { SourceFile } from "./source.js";

const EXIT = { ok: 0, compile: 1, usage: 2, internal: 70 } as const;

/** An error in how cinderc was called (exit 2). */
class UsageError extends Error {}
/** An error about an input or output file (exit 1). */
class FileError extends Error {}

function readSource(path: string): SourceFile {
  try {
    return new SourceFile(path, readFileSync(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(`cannot read '${path}': ${code === "ENOENT" ? "No such file or directory" : (e as Error).message}`);
  }
}

function moduleName(path: string): string {
  const stem = basename(path).replace(/\.py$/, "");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(stem)) throw new UsageError(`'${path}': a module file name must be a Python identifier`);
  return stem;
}

function compileFile(source: SourceFile, name: string, forceStatic: boolean, emit?: EmitStage): CompiledModule | string {
  try {
    return compileModule(source, { name, forceStatic }, emit);
  } catch (e) {
    if (e instanceof CompileError) {
      for (const d of e.diagnostics) process.stderr.write(formatDiagnostic(d, source));
    }
    throw e;
  }
}

/** Write bytes to a temporary name beside `out`, then rename: no partial output on failure. */
function writeAtomically(out: string, bytes: Uint8Array): void {
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, out);
}

/** Compile MAIN (as __main__) and the other modules, link them at `out`. */
function buildExecutable(files: string[], out: string, forceStatic: boolean): void {
  const sources = files.map(readSource);
  const names = files.map((f, i) => (i === 0 ? "__main__" : moduleName(f)));
  const modules = sources.map((s, i) => compileFile(s, names[i], forceStatic) as CompiledModule);
  const dir = mkdtempSync(join(tmpdir(), "cinderc-"));
  try {
    const objects = modules.map((m, i) => {
      const path = join(dir, `${i}-${m.name}.o`);
      writeFileSync(path, m.object);
      return path;
    });
    const program = emitProgramObject(modules[0].descSymbol, modules.slice(1).map((m) => ({ name: m.name, init: m.initSymbol! })));
    const programPath = join(dir, "program.o");
    writeFileSync(programPath, writeObject(program));
    linkExecutable([...objects, programPath], out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runProgram(file: string, args: string[], forceStatic: boolean): number {
  const dir = mkdtempSync(join(tmpdir(), "cinderc-run-"));
  try {
    const exe = join(dir, moduleName(file));
    buildExecutable([file], exe, forceStatic);
    // argv[0] is the .py path, as `python prog.py` would show in sys.argv[0].
    const r = spawnSync(exe, args, { stdio: "inherit", argv0: file });
    if (r.error) throw new FileError(`cannot run the compiled program: ${r.error.message}`);
    return r.status ?? 128 + (r.signal ? signalNumber(r.signal) : 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function signalNumber(signal: NodeJS.Signals): number {
  return constants.signals[signal] ?? 0;
}

interface Args {
  files: string[];
  static: boolean;
  exe: boolean;
  shared: boolean;
  output?: string;
  emit?: EmitStage;
  rest: string[];
  run: boolean;
}

function parseArgs(argv: string[]): Args {
  let result: Args | undefined;
  const common = (y: ReturnType<typeof yargs>) => y
    .option("static", { type: "boolean", default: false, describe: "compile with Static Python semantics even without `import __static__`" })
    .option("emit", { choices: ["ast", "scopes", "hir", "lir", "asm"] as const, describe: "print one stage's output instead of writing a file" });
  const parser = common(yargs(argv))
    .scriptName("cinderc")
    .usage("usage: cinderc [--static] [--exe | --shared] FILE.py [OTHER.py ...] [-o OUT]\n       cinderc run [--static] FILE.py [-- ARGS...]")
    .parserConfiguration({ "populate--": true })
    .command("run <file>", "compile, link and run a program", (y) => common(y).positional("file", { type: "string", demandOption: true }),
      (a) => {
        result = { files: [a.file as string], static: a.static, exe: true, shared: false, emit: a.emit as EmitStage | undefined,
          rest: ((a["--"] ?? []) as (string | number)[]).map(String), run: true };
      })
    .command("$0 [files..]", "compile modules", (y) => y
      .positional("files", { type: "string", array: true })
      .option("exe", { type: "boolean", default: false, describe: "link a native executable; the first file runs as __main__" })
      .option("shared", { type: "boolean", default: false, describe: "build a CPython extension module (not supported yet)" })
      .option("o", { alias: "output", type: "string", describe: "output path" }),
      (a) => {
        result = { files: (a.files ?? []) as string[], static: a.static, exe: a.exe, shared: a.shared, output: a.o,
          emit: a.emit as EmitStage | undefined, rest: [], run: false };
      })
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  parser.parseSync();
  if (!result) process.exit(EXIT.ok); // --help
  return result;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (args.files.length === 0) throw new UsageError("no input files");
  if (args.shared) throw new FileError("--shared (CPython extension modules) is not supported yet");
  if (args.run) return runProgram(args.files[0], args.rest, args.static);
  if (args.emit) {
    if (args.files.length !== 1) throw new UsageError("--emit takes exactly one file");
    const [file] = args.files;
    process.stdout.write(compileFile(readSource(file), moduleName(file), args.static, args.emit) as string);
    return EXIT.ok;
  }
  if (args.exe) {
    if (!args.output) throw new UsageError("--exe needs -o OUT");
    buildExecutable(args.files, args.output, args.static);
    return EXIT.ok;
  }
  if (args.files.length !== 1) throw new UsageError("several files need --exe (or compile them one at a time)");
  const [file] = args.files;
  const name = moduleName(file);
  const mod = compileFile(readSource(file), name, args.static) as CompiledModule;
  writeAtomically(args.output ?? `${name}.o`, mod.object);
  return EXIT.ok;
}

function report(e: unknown): number {
  if (e instanceof CompileError) return EXIT.compile; // diagnostics already printed with their source lines
  if (e instanceof UsageError) {
    process.stderr.write(`cinderc: error: ${e.message}\nTry 'cinderc --help'.\n`);
    return EXIT.usage;
  }
  if (e instanceof FileError || e instanceof LinkError) {
    process.stderr.write(`cinderc: error: ${e.message}\n`);
    return EXIT.compile;
  }
  const stage = e instanceof InternalError ? e.stage : "driver";
  const where = e instanceof InternalError && e.location ? `${e.location}: ` : "";
  process.stderr.write(`${where}internal compiler error in stage '${stage}': ${(e as Error).message ?? e}\n`);
  if (process.env.CINDERC_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  else process.stderr.write("(set CINDERC_DEBUG=1 for the stack)\n");
  return EXIT.internal;
}

let status: number;
try {
  status = main(hideBin(process.argv));
} catch (e) {
  status = report(e);
}
process.exitCode = status;
