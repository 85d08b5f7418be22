// The x86-64 encoder checked against GNU as: every form of encodings.ts swept over
// registers, addressing modes and immediate boundaries (encoder-sweep.ts), label jumps that
// need relaxation, instructions that must be refused, and a hand-pinned table of the traps.
//
// Each sweep instruction is printed with print.ts, all of them go into ONE file behind a
// label each (`c123: add rax, 5`), `as --64` assembles it, and the label offsets from `nm`
// cut as's .text into per-instruction bytes; relocations come from `readelf -rW`.
//
// What this comparison cannot check:
//  - Intent. Both sides read the same Inst (as through the printer), so if the code
//    generator builds the wrong Inst, or the printer and the form table share a mistake
//    (say, the source width of movzxb), the bytes still agree.
//  - Operands between the samples: 0x12345 stands for every disp32, rdx for every low
//    register in a representative position.
//  - Choices as makes differently with -O (e.g. `mov rax, 0xffffffff` -> `mov eax, ...`);
//    we match plain `as --64` only.
//  - Relocations against symbols defined in the same section (as would resolve them, we
//    always emit them): the sweep only references undefined symbols.
//  - What the bytes do when run, and how backend/elf writes them out (symbol binding,
//    section layout): those are the run tests and the ELF writer's readelf tests.

import assert from "node:assert/strict";
import { assemble } from "../../backend/x86/encode.js";
import { type AsmItem, COND, type Inst, type Reloc, got, imm, label, mem, reg, rip, sym, tls } from "../../backend/x86/inst.js";
import { formatInst, formatListing } from "../../backend/x86/print.js";
import { sweepGroups } from "./encoder-sweep.js";
import { type GnuObject, gnuAssemble, gnuDiagnostics } from "./gnu-as.js";

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
const inst = (i: Inst): AsmItem => ({ kind: "inst", inst: i });

describe("x86 encoder vs GNU as: form sweep", function () {
  const groups = sweepGroups();
  const all = groups.flatMap((g) => g.insts);
  let gnu: GnuObject;
  const starts: number[] = [];

  before(function () {
    gnu = gnuAssemble(all.map((i, n) => `c${n}: ${formatInst(i)}\n`).join(""));
    all.forEach((_, n) => starts.push(gnu.symbols.get(`c${n}`)!));
    starts.push(gnu.text.length);
  });

  let first = 0;
  for (const group of groups) {
    const from = first;
    first += group.insts.length;
    it(`${group.name}: ${group.insts.length} cases`, function () {
      const failures: string[] = [];
      group.insts.forEach((i, k) => {
        const n = from + k;
        const text = formatInst(i);
        const theirs = gnu.text.subarray(starts[n], starts[n + 1]);
        const theirRelocs = gnu.relocs
          .filter((r) => r.offset >= starts[n] && r.offset < starts[n + 1])
          .map((r) => ({ ...r, offset: r.offset - starts[n] }));
        let ours;
        try {
          ours = assemble([inst(i)]);
        } catch (e) {
          failures.push(`${text}\n    ours: ${(e as Error).message}\n    as:   ${hex(theirs)}`);
          return;
        }
        if (hex(ours.code) !== hex(theirs)) {
          failures.push(`${text}\n    ours: ${hex(ours.code)}\n    as:   ${hex(theirs)}`);
        } else if (JSON.stringify(ours.relocs) !== JSON.stringify(theirRelocs)) {
          failures.push(`${text}\n    ours: ${showRelocs(ours.relocs)}\n    as:   ${showRelocs(theirRelocs)}`);
        }
      });
      if (failures.length > 0) {
        assert.fail(`${failures.length} of ${group.insts.length} differ:\n  ${failures.slice(0, 12).join("\n  ")}`);
      }
    });
  }
});

function showRelocs(relocs: Reloc[]): string {
  return relocs.map((r) => `${r.type} ${r.symbol}${r.addend < 0 ? "" : "+"}${r.addend} at +${r.offset}`).join(", ") || "no relocations";
}

// Functions built to sit on the rel8/rel32 boundaries, forward and backward, plus a cascade
// where one branch growing pushes another out of rel8 range.
const nops = (n: number): AsmItem[] => Array.from({ length: n }, () => inst({ mnemonic: "nop", size: 64, operands: [] }));
const def = (l: number): AsmItem => ({ kind: "label", label: l });
const jmp = (l: number): AsmItem => inst({ mnemonic: "jmp", size: 64, operands: [label(l)] });
const jcc = (cc: string, l: number): AsmItem => inst({ mnemonic: `j${cc}`, size: 64, operands: [label(l)] });

const JUMP_FUNCTIONS: { name: string; items: AsmItem[] }[] = [
  { name: "fwd_jmp_127", items: [jmp(1), ...nops(127), def(1)] },
  { name: "fwd_jmp_128", items: [jmp(1), ...nops(128), def(1)] },
  { name: "back_jmp_128", items: [def(1), ...nops(126), jmp(1)] },
  { name: "back_jmp_129", items: [def(1), ...nops(127), jmp(1)] },
  { name: "fwd_je_127", items: [jcc("e", 1), ...nops(127), def(1)] },
  { name: "fwd_je_128", items: [jcc("e", 1), ...nops(128), def(1)] },
  { name: "back_jne_128", items: [def(1), ...nops(126), jcc("ne", 1)] },
  { name: "back_jne_129", items: [def(1), ...nops(127), jcc("ne", 1)] },
  { name: "self_loop", items: [def(1), jmp(1)] },
  { name: "to_next", items: [jmp(1), def(1), def(2), jcc("b", 2)] },
  { name: "all_conditions_short", items: [...COND.map((cc) => jcc(cc, 1)), def(1), inst({ mnemonic: "ret", size: 64, operands: [] })] },
  { name: "all_conditions_near", items: [...COND.map((cc) => jcc(cc, 1)), ...nops(200), def(1)] },
  // jmp .1 fits only while je .2 is short; je .2 cannot be short, so both end up near.
  { name: "cascade", items: [jmp(1), jcc("e", 2), ...nops(123), def(1), ...nops(200), def(2)] },
  {
    name: "loop_with_call",
    items: [
      def(0), inst({ mnemonic: "test", size: 64, operands: [reg("rdi"), reg("rdi")] }), jcc("le", 9),
      inst({ mnemonic: "call", size: 64, operands: [sym("helper")] }),
      inst({ mnemonic: "dec", size: 64, operands: [reg("rdi")] }),
      jmp(0), def(9), inst({ mnemonic: "ret", size: 64, operands: [] }),
    ],
  },
];

// Random layouts: branches in both directions over random padding (fixed seed).
function randomFunction(seed: number): AsmItem[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const items: AsmItem[] = [];
  const labels = 6;
  for (let l = 0; l < labels; l++) {
    items.push(def(l));
    for (let k = next(4); k > 0; k--) {
      items.push(next(2) ? jmp(next(labels)) : jcc(COND[next(16)], next(labels)));
      items.push(...nops(next(90)));
    }
  }
  return items;
}
for (let seed = 1; seed <= 20; seed++) JUMP_FUNCTIONS.push({ name: `random_${seed}`, items: randomFunction(seed) });

describe("x86 encoder vs GNU as: label jumps and relaxation", function () {
  let gnu: GnuObject;
  before(function () {
    gnu = gnuAssemble(JUMP_FUNCTIONS.map((f) => formatListing(f.name, f.items)).join(""));
  });

  JUMP_FUNCTIONS.forEach((f, n) => {
    it(f.name, function () {
      const ours = assemble(f.items);
      const start = gnu.symbols.get(f.name)!;
      const end = n + 1 < JUMP_FUNCTIONS.length ? gnu.symbols.get(JUMP_FUNCTIONS[n + 1].name)! : gnu.text.length;
      const theirs = gnu.text.subarray(start, end);
      assert.equal(hex(ours.code), hex(theirs), `${f.name}:\n${formatListing(f.name, f.items)}`);
      for (const [l, offset] of ours.labels) {
        assert.equal(offset, gnu.symbols.get(`.L${f.name}_${l}`)! - start, `offset of label ${l}`);
      }
      const theirRelocs = gnu.relocs.filter((r) => r.offset >= start && r.offset < end)
        .map((r) => ({ ...r, offset: r.offset - start }));
      assert.deepEqual(ours.relocs, theirRelocs);
    });
  });

  it("throws on an undefined label and on a label defined twice", function () {
    assert.throws(() => assemble([jmp(7)]), /undefined label 7/);
    assert.throws(() => assemble([def(1), def(1)]), /label 1 defined twice/);
  });
});

// Instructions no form takes. GNU as must reject each (or warn that it truncates), and so
// must we, with an error naming the instruction.
const REFUSED: Inst[] = [
  { mnemonic: "add", size: 64, operands: [reg("rax"), imm(0xffffffff)] },
  { mnemonic: "add", size: 64, operands: [reg("rax"), imm(0x80000000)] },
  { mnemonic: "mov", size: 32, operands: [mem({ base: "rax" }), imm(0x100000000n)] },
  { mnemonic: "mov", size: 8, operands: [reg("rax"), imm(256)] },
  { mnemonic: "mov", size: 16, operands: [reg("rax"), imm(65536)] },
  { mnemonic: "shl", size: 64, operands: [reg("rax"), imm(256)] },
  { mnemonic: "shl", size: 64, operands: [reg("rax"), reg("rdx")] },
  { mnemonic: "lea", size: 64, operands: [reg("rax"), reg("rcx")] },
  { mnemonic: "imul", size: 8, operands: [reg("rax"), reg("rcx")] },
  { mnemonic: "movsd", size: 64, operands: [reg("rax"), reg("xmm0")] },
  { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "rax", index: "rsp" })] },
  { mnemonic: "bt", size: 8, operands: [reg("rax"), imm(1)] },
  { mnemonic: "frobnicate", size: 64, operands: [reg("rax")] },
];

describe("x86 encoder: refused instructions", function () {
  it("GNU as rejects or truncates each of them", function () {
    const found = gnuDiagnostics(REFUSED.map((i) => formatInst(i)));
    const accepted = REFUSED.map((i) => formatInst(i)).filter((_, n) => !found.has(n));
    assert.deepEqual(accepted, []);
  });
  for (const i of REFUSED) {
    it(`refuses ${formatInst(i)}`, function () {
      assert.throws(() => assemble([inst(i)]), (e: Error) => e.message.includes(formatInst(i)));
    });
  }
});

// The traps, pinned by hand so they stay visible when reading this file.
const PINNED: { inst: Inst; bytes: string; reloc?: string }[] = [
  // rsp/r12 as base need a SIB byte; rbp/r13 as base need a disp8 of zero.
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "rsp" })] }, bytes: "48 8b 04 24" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "r12" })] }, bytes: "49 8b 04 24" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "rbp" })] }, bytes: "48 8b 45 00" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "r13" })] }, bytes: "49 8b 45 00" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "r13", index: "rax" })] }, bytes: "49 8b 44 05 00" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), mem({ base: "rax", index: "r12" })] }, bytes: "4a 8b 04 20" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("r9"), mem({ base: "rbp", disp: -129 })] }, bytes: "4c 8b 8d 7f ff ff ff" },
  // sil/dil/spl/bpl exist only with a REX prefix; al/cl do not need one.
  { inst: { mnemonic: "mov", size: 8, operands: [reg("rsi"), reg("rdi")] }, bytes: "40 88 fe" },
  { inst: { mnemonic: "mov", size: 8, operands: [reg("rax"), reg("rcx")] }, bytes: "88 c8" },
  { inst: { mnemonic: "movzxb", size: 32, operands: [reg("rax"), reg("rdi")] }, bytes: "40 0f b6 c7" },
  { inst: { mnemonic: "sete", size: 8, operands: [reg("rsi")] }, bytes: "40 0f 94 c6" },
  // RIP-relative: the addend is relative to the end of the instruction, immediates included.
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), rip("g", 8)] }, bytes: "48 8b 05 00 00 00 00", reloc: "R_X86_64_PC32 g+4 at +3" },
  { inst: { mnemonic: "mov", size: 32, operands: [rip("g"), imm(7)] }, bytes: "c7 05 00 00 00 00 07 00 00 00", reloc: "R_X86_64_PC32 g-8 at +2" },
  { inst: { mnemonic: "cmp", size: 8, operands: [rip("g"), imm(1)] }, bytes: "80 3d 00 00 00 00 01", reloc: "R_X86_64_PC32 g-5 at +2" },
  { inst: { mnemonic: "call", size: 64, operands: [sym("f")] }, bytes: "e8 00 00 00 00", reloc: "R_X86_64_PLT32 f-4 at +1" },
  // imm8 when the value fits sign-extended, else imm32 (accumulator form when shorter),
  // else movabs.
  { inst: { mnemonic: "add", size: 64, operands: [reg("rcx"), imm(127)] }, bytes: "48 83 c1 7f" },
  { inst: { mnemonic: "add", size: 64, operands: [reg("rcx"), imm(-128)] }, bytes: "48 83 c1 80" },
  { inst: { mnemonic: "add", size: 64, operands: [reg("rcx"), imm(128)] }, bytes: "48 81 c1 80 00 00 00" },
  { inst: { mnemonic: "add", size: 64, operands: [reg("rax"), imm(128)] }, bytes: "48 05 80 00 00 00" },
  { inst: { mnemonic: "add", size: 32, operands: [reg("rax"), imm(0xffffffff)] }, bytes: "83 c0 ff" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), imm(-1)] }, bytes: "48 c7 c0 ff ff ff ff" },
  { inst: { mnemonic: "mov", size: 64, operands: [reg("rax"), imm(0xffffffff)] }, bytes: "48 b8 ff ff ff ff 00 00 00 00" },
  { inst: { mnemonic: "mov", size: 32, operands: [reg("r8"), imm(0xffffffff)] }, bytes: "41 b8 ff ff ff ff" },
  { inst: { mnemonic: "shl", size: 64, operands: [reg("rax"), imm(1)] }, bytes: "48 d1 e0" },
  // 0x66 and SSE mandatory prefixes come before REX.
  { inst: { mnemonic: "mov", size: 16, operands: [reg("r8"), imm(1)] }, bytes: "66 41 b8 01 00" },
  { inst: { mnemonic: "addsd", size: 64, operands: [reg("xmm8"), reg("xmm1")] }, bytes: "f2 44 0f 58 c1" },
  { inst: { mnemonic: "movq", size: 64, operands: [reg("xmm0"), reg("r9")] }, bytes: "66 49 0f 6e c1" },
  { inst: { mnemonic: "push", size: 64, operands: [reg("r8")] }, bytes: "41 50" },
];

describe("x86 encoder: pinned traps", function () {
  for (const { inst: i, bytes, reloc } of PINNED) {
    it(`${formatInst(i)} = ${bytes}`, function () {
      const ours = assemble([inst(i)]);
      assert.equal(hex(ours.code), bytes);
      assert.equal(showRelocs(ours.relocs), reloc ?? "no relocations");
    });
  }

  it("GOT and TLS loads match GNU as (R_X86_64_REX_GOTPCRELX, R_X86_64_TPOFF32)", function () {
    const insts: Inst[] = (["rax", "rbx", "r12", "r15"] as const).flatMap((r): Inst[] => [
      { mnemonic: "mov", size: 64, operands: [reg(r), got("ext")] },
      { mnemonic: "mov", size: 64, operands: [reg(r), tls("tvar")] },
    ]);
    const gnu = gnuAssemble(insts.map((i) => formatInst(i)).join("\n") + "\n");
    const ours = assemble(insts.map(inst));
    assert.equal(hex(ours.code), hex(gnu.text));
    assert.equal(showRelocs(ours.relocs), showRelocs(gnu.relocs));
  });

  it("short and near jumps", function () {
    assert.equal(hex(assemble([jmp(1), def(1)]).code), "eb 00");
    assert.equal(hex(assemble([jcc("ne", 1), ...nops(128), def(1)]).code.subarray(0, 6)), "0f 85 80 00 00 00");
    assert.equal(hex(assemble([def(1), ...nops(126), jmp(1)]).code.subarray(126)), "eb 80");
    assert.equal(hex(assemble([def(1), ...nops(127), jmp(1)]).code.subarray(127)), "e9 7c ff ff ff");
  });
});
