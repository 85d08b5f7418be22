# spectral norm with standard annotations (int, float, List[float]) for mypyc and Cython.
# Same arithmetic as spectral_norm_untyped.py; BENCH_SIZE=small shrinks the run.
import math
import os
import sys
from typing import List


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(n: int, v: List[float], out: List[float]) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def times_at(n: int, v: List[float], out: List[float]) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def times_ata(n: int, v: List[float], out: List[float], tmp: List[float]) -> None:
    times_a(n, v, tmp)
    times_at(n, tmp, out)


def main() -> None:
    n = 500
    if bench_size() == "small":
        n = 30
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(n, u, v, tmp)
        times_ata(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectral norm: %.9f" % math.sqrt(vbv / vv))


if __name__ == "__main__":
    main()
