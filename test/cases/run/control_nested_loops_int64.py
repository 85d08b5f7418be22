# Nested primitive loops with break/continue: counters stay int64.
import __static__
from __static__ import int64, box


def pairs(n: int64) -> int64:
    count: int64 = 0
    i: int64 = 0
    while i < n:
        j: int64 = 0
        while j < n:
            if j == i:
                j += 1
                continue
            if i + j > n:
                break
            count += 1
            j += 1
        i += 1
    return count


print(box(pairs(5)), box(pairs(1)), box(pairs(0)))
