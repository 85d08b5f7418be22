# spectral norm in Static Python: int64 indices, double sums, vectors in lists of floats
# indexed by int64 (inline list access).
# Same arithmetic as spectral_norm_untyped.py; BENCH_SIZE=small shrinks the run.
import __static__
from __static__ import int64, double, box, unbox
import math
import os
import sys


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def eval_a(i: double, j: double) -> double:
    # The indices as doubles: every intermediate is an integer below 2**53, so this is
    # exactly the untyped variant's integer arithmetic (and its division by 2 is exact).
    return 1.0 / ((i + j) * (i + j + 1.0) / 2.0 + i + 1.0)


def times_a(n: int64, v: list, out: list) -> None:
    i: int64 = 0
    di: double = 0.0
    while i < n:
        s: double = 0.0
        j: int64 = 0
        dj: double = 0.0
        while j < n:
            vj: double = unbox(v[j])
            s += eval_a(di, dj) * vj
            j += 1
            dj += 1.0
        out[i] = box(s)
        i += 1
        di += 1.0


def times_at(n: int64, v: list, out: list) -> None:
    i: int64 = 0
    di: double = 0.0
    while i < n:
        s: double = 0.0
        j: int64 = 0
        dj: double = 0.0
        while j < n:
            vj: double = unbox(v[j])
            s += eval_a(dj, di) * vj
            j += 1
            dj += 1.0
        out[i] = box(s)
        i += 1
        di += 1.0


def times_ata(n: int64, v: list, out: list, tmp: list) -> None:
    times_a(n, v, tmp)
    times_at(n, tmp, out)


def main() -> None:
    n: int64 = 500
    if bench_size() == "small":
        n = 30
    u: list = [1.0] * box(n)
    v: list = [0.0] * box(n)
    tmp: list = [0.0] * box(n)
    k: int64 = 0
    while k < 10:
        times_ata(n, u, v, tmp)
        times_ata(n, v, u, tmp)
        k += 1
    vbv: double = 0.0
    vv: double = 0.0
    i: int64 = 0
    while i < n:
        ui: double = unbox(u[i])
        vi: double = unbox(v[i])
        vbv += ui * vi
        vv += vi * vi
        i += 1
    print("spectral norm: %.9f" % math.sqrt(box(vbv / vv)))


if __name__ == "__main__":
    main()
