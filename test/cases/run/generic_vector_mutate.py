# Augmented stores, del, truth and iterating a slice of a Vector, from static code.
import __static__
from __static__ import Vector, int64, box, clen

def f(v: Vector[int64]) -> int64:
    v[0] += 5
    del v[1]
    if v:
        v.append(clen(v))
    x: int64 = 0
    for y in v[1:]:
        x += y
    return x + v[0]

v = Vector[int64]([1, 2, 3])
print(box(f(v)), v)
e = Vector[int64]()
print(bool(e), e == Vector[int64]())
