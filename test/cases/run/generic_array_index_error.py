# An index past either end is IndexError, from static code as from Python.
import __static__
from __static__ import Array, box, int64


def get(a: Array[int64], i: int64) -> int64:
    return a[i]


a = Array[int64](3)
a[2] = 5
print(box(get(a, -1)), box(get(a, 0)))
print(box(get(a, 3)))
