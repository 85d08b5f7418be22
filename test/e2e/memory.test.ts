// Reference counting is right: a compiled loop that builds and drops a million lists, big
// ints and Vectors keeps its peak RSS flat (a leak of one list per iteration would add
// ~100 MB).
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCinderc, runExe, tempDir } from "./harness.js";

const PROGRAM = `import resource
import __static__
from __static__ import Vector, int64, box


def churn(n: int64) -> int64:
    total: int64 = 0
    i: int64 = 0
    while i < n:
        big = 2 ** 100 + box(i)
        items = [big, box(i), [big, "x"]]
        v = Vector[int64]()
        v.append(i)
        total += 1 + v[0] - i
        i += 1
    return total


def churn_dynamic(n):
    total = 0
    for i in range(n):
        row = [i, i * 2]
        row.append(2 ** 80 * i)
        total += len(row)
    return total


churn(100000)
churn_dynamic(100000)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(box(churn(1000000)))
print(churn_dynamic(1000000))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("growth KiB", after - before)
`;

describe("reference counting @full", () => {
  it("a million lists, big ints and Vectors built and dropped keep memory flat", () => {
    const dir = tempDir();
    try {
      const file = join(dir, "churn.py");
      writeFileSync(file, PROGRAM);
      const exe = join(dir, "churn");
      const build = runCinderc(["--exe", file, "-o", exe], dir);
      assert.equal(build.status, 0, build.stderr);
      const r = runExe(exe);
      assert.equal(r.status, 0, r.stderr);
      const [a, b, growth] = r.stdout.trim().split("\n");
      assert.equal(a, "1000000");
      assert.equal(b, "3000000");
      const kib = Number(growth.split(" ").pop());
      assert.ok(kib < 4096, `peak RSS grew by ${kib} KiB over a million iterations`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
