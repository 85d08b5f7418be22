# n-queens: count every placement of n non-attacking queens by backtracking over bit masks
# of taken columns and diagonals. BENCH_SIZE=small shrinks the run.
import os
import sys


def bench_size():
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def place(n, row, cols, left, right, full):
    if row == n:
        return 1
    found = 0
    free = full & ~(cols | left | right)
    while free != 0:
        bit = free & -free
        free ^= bit
        found += place(n, row + 1, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return found


def main():
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
