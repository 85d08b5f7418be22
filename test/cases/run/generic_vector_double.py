# Vector[double]: appended and indexed as unboxed doubles; an int literal is a double here.
import __static__
from __static__ import Vector, box, clen, double, int64


def scaled(v: Vector[double], k: double) -> Vector[double]:
    out = Vector[double]()
    for x in v:
        out.append(x * k)
    return out


def norm2(v: Vector[double]) -> double:
    s: double = 0.0
    i: int64 = 0
    while i < clen(v):
        s += v[i] * v[i]
        i += 1
    return s


v = Vector[double]([1.5, -2.0])
v.append(3)
w = scaled(v, 2.0)
print(v, w, box(norm2(w)))
w[0] = 0.25
print(box(w[0]), w[1:])
