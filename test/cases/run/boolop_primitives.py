# `and`/`or`/`not` over cbool values, mixing nothing else.
import __static__
from __static__ import int64, cbool, box


def in_range(x: int64, lo: int64, hi: int64) -> cbool:
    return x >= lo and x < hi


def outside(x: int64, lo: int64, hi: int64) -> cbool:
    return x < lo or x >= hi


def neither(a: cbool, b: cbool) -> cbool:
    return not a and not b


print(box(in_range(5, 0, 10)), box(in_range(10, 0, 10)), box(in_range(-1, 0, 10)))
print(box(outside(5, 0, 10)), box(outside(10, 0, 10)))
print(box(neither(False, False)), box(neither(True, False)))
