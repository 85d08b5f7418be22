# `for x in v` over a Vector binds x to its element primitive; comprehensions too.
import __static__
from __static__ import Vector, box, int8, int64


def count_negative(v: Vector[int8]) -> int64:
    n: int64 = 0
    for x in v:
        if x < 0:
            n += 1
    return n


def doubled(v: Vector[int8]) -> list:
    return [box(x) * 2 for x in v]


v = Vector[int8]([-1, 2, -3, 4])
print(box(count_negative(v)), doubled(v))
