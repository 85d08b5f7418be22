# `for x in v` over a Vector is an indexed loop that re-reads the length before each item, as
# array's iterator does: items appended in the body are visited, removed ones are not.
import __static__
from __static__ import Vector, box, int64


def grow(v: Vector[int64]) -> int64:
    seen: int64 = 0
    for x in v:
        seen += 1
        if x < 3:
            v.append(x + 10)
    return seen


def shrink(v: Vector[int64]) -> int64:
    s: int64 = 0
    for x in v:
        s += x
        v.pop()
    return s


def first_over(v: Vector[int64], k: int64) -> int64:
    for x in v:
        if x > k:
            break
    else:
        return -1
    return x


v = Vector[int64]([1, 2, 3, 4])
print(box(grow(v)), v)
print(box(shrink(Vector[int64]([1, 2, 3, 4, 5]))))
print(box(first_over(v, 11)), box(first_over(v, 100)), box(first_over(Vector[int64](), 0)))
