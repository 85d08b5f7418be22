# Comprehension targets over checked containers are typed as `for` targets are: a
# CheckedList[Point]'s items are Points (fields read at their offsets), an Array[int64]'s are
# int64 (unboxed arithmetic), in list, set and dict comprehensions, nested ones too.
import __static__
from __static__ import Array, CheckedList, int64, box, crange


class Point:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x
        self.y: int64 = y


def main() -> None:
    ps = CheckedList[Point]([Point(1, 2), Point(3, 4), Point(5, 6)])
    print([box(p.x * p.y) for p in ps])
    print(sorted({box(p.y - p.x) for p in ps}))
    print({box(p.x): box(p.y) for p in ps if p.x > 1})
    a = Array[int64](4)
    n: int64 = 4
    for i in crange(n):
        a[i] = i * 3
    print([box(v * v) for v in a if v % 2 == 0])
    print([box(v + w) for v in a for w in a if v < w])
    print([box(p.x + v) for p in ps for v in a if v > 6])
    nested = CheckedList[CheckedList[Point]]([ps, CheckedList[Point]([Point(7, 8)])])
    print([[box(q.x) for q in row] for row in nested])


main()
arr = Array[int64](3)
arr[1] = 40
print([box(v + 2) for v in arr])
