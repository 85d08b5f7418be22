// repr() of constants against CPython 3.11, over many generated values: floats from every
// range of exponents (and the shortest-digits edge cases), strings over the whole Unicode range.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { reprFloat, reprStr } from "../../compiler/parse/repr.js";
import { PYTHON } from "./oracle.js";

/** A deterministic generator, so failures reproduce. */
function* random(seed: number): Generator<number> {
  for (;;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    yield seed / 2 ** 31;
  }
}

/** Run `expression` (over `v`) in CPython for each value. */
function python(expression: string, values: unknown[]): unknown[] {
  const script = `import json, struct, sys
json.dump([${expression} for v in json.load(sys.stdin)], sys.stdout)`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script], { input: JSON.stringify(values), encoding: "utf8" })) as unknown[];
}

function floatHex(value: number): string {
  return Buffer.from(new Float64Array([value]).buffer).toString("hex");
}

describe("parse: repr of constants matches CPython 3.11", () => {
  it("floats", () => {
    const rnd = random(7);
    const values = [0, -0, 1, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN];
    for (let i = 0; i < 3000; i++) {
      const exp = Math.floor(rnd.next().value * 80) - 40;
      values.push(Number((rnd.next().value * 10 ** exp).toPrecision(1 + Math.floor(rnd.next().value * 17))));
    }
    for (let i = 0; i < 1000; i++) values.push(new Float64Array(new Uint32Array([rnd.next().value * 2 ** 32, rnd.next().value * 2 ** 31]).buffer)[0]);
    const want = python('repr(struct.unpack("<d", bytes.fromhex(v))[0])', values.map(floatHex));
    values.forEach((v, i) => assert.equal(reprFloat(v), want[i], `repr of ${floatHex(v)}`));
  });

  it("strings", () => {
    const rnd = random(11);
    const samples: number[][] = [[39], [34], [39, 34], [92], [0, 9, 10, 13, 31, 127, 128, 159, 160, 173], [0x2028, 0x3000, 0xfeff, 0xe000],
      [0xd800, 0xdc80], [0xdc80, 0xd800], [0x2ffc, 0x31350, 0x1f6dd]];
    for (let i = 0; i < 2000; i++) {
      const planes = [0x80, 0x800, 0x10000, 0x30000];
      samples.push(Array.from({ length: 4 }, () => Math.floor(rnd.next().value * planes[Math.floor(rnd.next().value * 4)])));
    }
    // The code points go along with the text: a surrogate pair in a JS string is one character.
    const want = python('repr("".join(map(chr, v)))', samples);
    samples.forEach((s, i) => assert.equal(reprStr(String.fromCodePoint(...s), s), want[i], `repr of ${JSON.stringify(s)}`));
  });
});
