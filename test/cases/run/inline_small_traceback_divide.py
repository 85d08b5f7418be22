# An inlined primitive function that raises (ZeroDivisionError) still shows its own frame.
# check-traceback
import __static__
from __static__ import int64, box


def ratio(a: int64, b: int64) -> int64:
    q = a // b
    return q + 1


def run(n: int64) -> int64:
    total: int64 = 0
    i: int64 = 0
    while i < n:
        total += ratio(100, n - 1 - i)
        i += 1
    return total


print(box(run(3)))
