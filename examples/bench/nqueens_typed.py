# n-queens with standard annotations (int) for mypyc and Cython: bit-mask backtracking,
# the algorithm of nqueens_untyped.py. BENCH_SIZE=small shrinks the run.
import os
import sys


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def place(n: int, row: int, cols: int, left: int, right: int, full: int) -> int:
    if row == n:
        return 1
    found = 0
    free = full & ~(cols | left | right)
    while free != 0:
        bit = free & -free
        free ^= bit
        found += place(n, row + 1, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return found


def main() -> None:
    first = 4
    last = 13
    if bench_size() == "small":
        last = 7
    total = 0
    for n in range(first, last + 1):
        solutions = place(n, 0, 0, 0, 0, (1 << n) - 1)
        print(n, "queens:", solutions)
        total += solutions * n
    print("checksum", total)


if __name__ == "__main__":
    main()
