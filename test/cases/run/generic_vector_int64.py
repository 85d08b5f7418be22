# Vector[int64] grows by native appends; reads and writes are loads and stores behind its
# data pointer; len and clen read ob_size; a slice is a Vector again.
import __static__
from __static__ import Vector, box, clen, int64


def squares(n: int64) -> Vector[int64]:
    v = Vector[int64]()
    i: int64 = 0
    while i < n:
        v.append(i * i)
        i += 1
    return v


def total(v: Vector[int64]) -> int64:
    s: int64 = 0
    i: int64 = 0
    while i < clen(v):
        s += v[i]
        i += 1
    return s


def bump(v: Vector[int64]) -> None:
    i: int64 = 0
    while i < clen(v):
        v[i] = v[i] + 1
        i += 1


def main() -> None:
    v = squares(10000)
    print(box(total(v)), len(v), box(clen(v)), box(v[-1]), box(v[0]), box(v[-10000]))
    bump(v)
    print(box(total(v)), box(v[1]))
    w = v[2:5]
    print(w, type(w).__name__, box(total(w)))
    e = Vector[int64]()
    print(e, len(e), box(total(e)))


main()
