# fannkuch-redux with standard annotations (List[int] permutations) for mypyc and Cython.
# Same algorithm as fannkuch_untyped.py; BENCH_SIZE=small shrinks the run.
import os
import sys
from typing import List


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def fannkuch(n: int) -> int:
    perm1: List[int] = list(range(n))
    perm: List[int] = [0] * n
    count: List[int] = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
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
                print("checksum", checksum, "max flips", max_flips)
                return checksum
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main() -> None:
    n = 9
    reps = 4
    if bench_size() == "small":
        n = 7
        reps = 1
    total = 0
    for _ in range(reps):
        total += fannkuch(n)
    print("total", total)


if __name__ == "__main__":
    main()
