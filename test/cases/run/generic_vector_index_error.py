# An index past either end is IndexError; reads and stores say so as array does.
# cinder-stdout:
# 3 1 3
# cinder-error: IndexError: array assignment index out of range
import __static__
from __static__ import Vector, box, int64


def get(v: Vector[int64], i: int64) -> int64:
    return v[i]


def put(v: Vector[int64], i: int64, x: int64) -> None:
    v[i] = x


v = Vector[int64]([1, 2, 3])
print(box(get(v, -1)), box(get(v, 0)), box(get(v, 2)))
put(v, -4, 0)
