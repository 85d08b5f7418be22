# Summing a list through an int64 loop index and clen.
import __static__
from __static__ import int64, clen, box


def total(xs: list) -> int:
    s = 0
    i: int64 = 0
    n: int64 = clen(xs)
    while i < n:
        s += xs[i]
        i += 1
    return s


print(total([1, 2, 3, 4]), total([]))
