// The table of contents: every stage from Python source to an ELF object, in order.
// Start reading here; each stage's file opens with what it consumes and produces.
//
//   source ─ parse ─▶ AST ─ check ─▶ typed AST ─ hir ─▶ HIR ─ inline, refcount ─▶ HIR+rc
//     ─ lower ─▶ LIR ─ regalloc+codegen ─▶ x86 ─ assemble ─▶ bytes ─ object ─▶ ELF .o
//
// Linking (compiler/link.ts) and the CLI (compiler/cli.ts) sit on top.

import { writeObject } from "../backend/elf/object.js";
import { assemble } from "../backend/x86/encode.js";
import { generate } from "../backend/x86/codegen.js";
import { formatListing } from "../backend/x86/print.js";
import { checkModule } from "./check/check.js";
import { CompileError, InternalError } from "./diagnostics.js";
import { type AssembledFunction, CStringPool, emitModuleObject } from "./emit/module.js";
import { buildModule, type HModule } from "./hir/build/module.js";
import { GLOBAL_CACHE_SIZE } from "./runtime.js";
import { printFunction } from "./hir/print.js";
import { insertRefcounts } from "./hir/refcount.js";
import { borrowShortLived } from "./hir/borrow.js";
import { guardStack } from "./hir/guard.js";
import { inlineCalls } from "./hir/inline.js";
import { threadBranches } from "./hir/thread.js";
import { verifyFunction } from "./hir/verify.js";
import type { LFunction } from "./lir/lir.js";
import { lowerFunction } from "./lir/lower.js";
import { removeDeadDefs } from "./lir/dce.js";
import { threadJumps } from "./lir/jumps.js";
import { assertValidLir } from "./lir/verify.js";
import { printFunction as printLFunction } from "./lir/print.js";
import { dumpAst } from "./parse/dump.js";
import { parseModule } from "./parse/parser.js";
import { buildSymtable } from "./scopes/build.js";
import { dumpScopes } from "./scopes/dump.js";
import type { SourceFile } from "./source.js";

export type EmitStage = "ast" | "scopes" | "hir" | "lir" | "asm";

export interface ModuleOptions {
  /** Run-time module name: "__main__" for the program's main module, else the file stem. */
  name: string;
  /** `--static`: Static Python semantics even without `import __static__`. */
  forceStatic: boolean;
}

export interface CompiledModule {
  name: string;
  /** The ELF relocatable object. */
  object: Uint8Array;
  /** Symbols other objects refer to. */
  descSymbol: string;
  initSymbol?: string;
}

/** Run one stage; a crash inside it becomes an InternalError naming the stage and file
 *  (user errors, CompileError, pass through untouched). */
function stage<T>(source: SourceFile, name: string, run: () => T): T {
  try {
    // A debugging aid that exercises the internal-error path end to end (see test/e2e/cli).
    if (process.env.CINDERC_CRASH_AT === name) throw new Error("crash requested by CINDERC_CRASH_AT");
    return run();
  } catch (e) {
    if (e instanceof CompileError) throw e;
    if (e instanceof InternalError) {
      if (!e.location) throw new InternalError(e.stage, e.message, source.path, e.stack);
      throw e;
    }
    throw new InternalError(name, (e as Error).message ?? String(e), source.path, (e as Error).stack);
  }
}

/** Compile one module to an object, or (with `emit`) to the text of one stage. */
export function compileModule(source: SourceFile, opts: ModuleOptions, emit?: EmitStage): CompiledModule | string {
  // 1. Parse: ohm grammar over the layout pre-pass; CPython's AST shape.
  const ast = stage(source, "parse", () => parseModule(source));
  if (emit === "ast") return dumpAst(ast) + "\n";
  // Scopes as CPython's symtable sees them (compared with it by test/scopes).
  if (emit === "scopes") return dumpScopes(stage(source, "scopes", () => buildSymtable(ast, source.path)));
  // 2. Check: scopes, annotations, types; every user error is reported here.
  const checked = stage(source, "check", () => checkModule(ast, source, opts));
  // 3. HIR: typed SSA per function (native entries, boxed entries, the module body).
  const hm = stage(source, "hir", () => buildModule(checked));
  hm.functions.forEach((f) => verifyFunction(f, "hir build"));
  // 4. Small static callees copied into their direct callers, branches on known cbools
  //    threaded; recursion guards where native calls remain.
  stage(source, "inline", () => inlineCalls(hm.functions));
  stage(source, "thread", () => hm.functions.forEach(threadBranches));
  hm.functions.forEach(guardStack);
  hm.functions.forEach((f) => verifyFunction(f, "inlining"));
  // 5. Refcounts: short-lived reads borrow, then explicit Incref/Decref and per-instruction
  //    error cleanups.
  stage(source, "borrow", () => hm.functions.forEach(borrowShortLived));
  stage(source, "refcount", () => hm.functions.forEach(insertRefcounts));
  hm.functions.forEach((f) => verifyFunction(f, "refcount insertion"));
  if (emit === "hir") return hm.functions.map(printFunction).join("\n");
  // 6. Lower to LIR: machine ops on virtual registers, C calls by the runtime table.
  const strings = new CStringPool(hm.name);
  const lir = stage(source, "lower", () => lowerModule(hm, strings));
  stage(source, "lir-dce", () => lir.forEach(removeDeadDefs));
  stage(source, "lir-jumps", () => lir.forEach((f) => threadJumps(f, true)));
  lir.forEach((f) => assertValidLir(f, "lowering"));
  if (emit === "lir") return lir.map((f) => printLFunction(f)).join("\n");
  // 7. Register allocation and x86-64 code generation.
  const asm = stage(source, "codegen", () => lir.map((f) => ({ f, items: generate(f) })));
  if (emit === "asm") return asm.map(({ f, items }) => formatListing(f.name, items)).join("\n");
  // 8. Encode to bytes and relocations.
  const assembled: AssembledFunction[] = stage(source, "assemble", () =>
    asm.map(({ f, items }) => ({ symbol: f.name, global: f.global, ...assemble(items) })));
  // 9. Lay out the object: code, runtime descriptors, constants; write ELF.
  const object = stage(source, "object", () => writeObject(emitModuleObject(hm, assembled, strings)));
  return { name: hm.name, object, descSymbol: hm.desc, initSymbol: opts.name === "__main__" ? undefined : `PyInit_${hm.name}` };
}

function lowerModule(hm: HModule, strings: CStringPool): LFunction[] {
  const ctx = {
    cellsSymbol: hm.cells, descSymbol: hm.desc, filename: hm.filename, cstring: (s: string) => strings.cstring(s),
    globalCache: () => ({ symbol: hm.globalCaches.symbol, addend: GLOBAL_CACHE_SIZE * hm.globalCaches.count++ }),
  };
  const out = hm.functions.map((f) => lowerFunction(f, ctx, false));
  if (hm.name !== "__main__") out.push(pyInit(hm));
  return out;
}

/** PyObject *PyInit_<name>(void) { return CSR_Module_Init(&desc); } */
function pyInit(hm: HModule): LFunction {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(hm.name)) throw new InternalError("lower", `module name ${hm.name} is not an identifier`);
  const desc = { id: 0, cls: "gpr" as const };
  const result = { id: 1, cls: "gpr" as const };
  return {
    name: `PyInit_${hm.name}`, global: true, slots: [], nextVReg: 2,
    blocks: [{ id: 0, insts: [
      { op: "params", dsts: [] },
      { op: "lea", dst: desc, symbol: hm.desc, addend: 0 },
      { op: "call", target: { symbol: "CSR_Module_Init" }, args: [desc], results: [{ dst: result, loc: "rax" }] },
      { op: "ret", values: [{ src: result, loc: "rax" }] },
    ] }],
  };
}
