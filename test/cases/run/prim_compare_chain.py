# Chained comparisons of mixed primitives, each pair at its promoted width.
import __static__
from __static__ import int8, uint8, int16, box


def f(a: int8, b: uint8, c: int16) -> None:
    print(box(a < b < c), box(a <= b <= c))


f(-1, 200, 300)
f(-1, 200, 100)
