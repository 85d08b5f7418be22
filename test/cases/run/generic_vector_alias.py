# A module-level alias of a Vector type names it in annotations and constructs it.
import __static__
from __static__ import Vector, box, int64, uint8

Ints = Vector[int64]
Bytes = Vector[uint8]


def evens(n: int64) -> Ints:
    v: Ints = Ints()
    i: int64 = 0
    while i < n:
        v.append(2 * i)
        i += 1
    return v


b = Bytes(2)
b.append(255)
print(evens(5), b, Ints is Vector[int64], type(b) is Bytes)
