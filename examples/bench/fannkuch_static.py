# fannkuch-redux in Static Python, in the style of Cinder's fannkuch_static: the permutations
# are Array[int64] (elements unboxed, one load or store each), counters and indices int64.
# Same algorithm as fannkuch_untyped.py; BENCH_SIZE=small shrinks the run.
import __static__
from __static__ import Array, int64, box
import os
import sys


ArrayI64 = Array[int64]


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def fannkuch(n: int64) -> int64:
    perm1: ArrayI64 = ArrayI64(range(box(n)))
    perm: ArrayI64 = ArrayI64(box(n))
    count: ArrayI64 = ArrayI64(box(n))
    max_flips: int64 = 0
    checksum: int64 = 0
    sign: int64 = 1
    r: int64 = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i: int64 = 0
        while i < n:
            perm[i] = perm1[i]
            i += 1
        flips: int64 = 0
        k: int64 = perm[0]
        while k != 0:
            i = 0
            j: int64 = k
            while i < j:
                t: int64 = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                print("checksum", box(checksum), "max flips", box(max_flips))
                return checksum
            first: int64 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main() -> None:
    n: int64 = 9
    reps: int64 = 4
    if bench_size() == "small":
        n = 7
        reps = 1
    total: int64 = 0
    rep: int64 = 0
    while rep < reps:
        total += fannkuch(n)
        rep += 1
    print("total", box(total))


if __name__ == "__main__":
    main()
