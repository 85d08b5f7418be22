# n-queens in Static Python: the bit-mask backtracking of nqueens_untyped.py on int64 masks.
# BENCH_SIZE=small shrinks the run.
import __static__
from __static__ import int64, box
import os
import sys


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def place(n: int64, row: int64, cols: int64, left: int64, right: int64, full: int64) -> int64:
    if row == n:
        return 1
    found: int64 = 0
    free: int64 = full & ~(cols | left | right)
    while free != 0:
        bit: int64 = free & -free
        free ^= bit
        found += place(n, row + 1, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return found


def main() -> None:
    first: int64 = 4
    last: int64 = 13
    if bench_size() == "small":
        last = 7
    total: int64 = 0
    n: int64 = first
    while n <= last:
        solutions: int64 = place(n, 0, 0, 0, 0, (1 << n) - 1)
        print(box(n), "queens:", box(solutions))
        total += solutions * n
        n += 1
    print("checksum", box(total))


if __name__ == "__main__":
    main()
