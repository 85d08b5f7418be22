# Reading past the end of a Vector from static code: IndexError.
import __static__
from __static__ import Vector, box, int64


def get(v: Vector[int64], i: int64) -> int64:
    return v[i]


v = Vector[int64](2)
print(box(get(v, 1)))
print(box(get(v, 2)))
