# Comparisons of int64 and double give cbool; `if` and `while` branch on it without boxing.
import __static__
from __static__ import int64, double, cbool, box


def cmp64(a: int64, b: int64) -> None:
    print(box(a < b), box(a <= b), box(a == b), box(a != b), box(a > b), box(a >= b))


def cmpd(a: double, b: double) -> None:
    print(box(a < b), box(a <= b), box(a == b), box(a != b), box(a > b), box(a >= b))


def count_below(n: int64, limit: int64) -> int64:
    c: int64 = 0
    i: int64 = 0
    while i < n:
        if i * i < limit:
            c += 1
        i += 1
    return c


cmp64(1, 2)
cmp64(-9223372036854775807 - 1, 9223372036854775807)
cmp64(5, 5)
cmpd(1.5, 1.25)
cmpd(-0.0, 0.0)
print(box(count_below(100, 50)))
