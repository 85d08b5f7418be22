# Calls through a base-typed variable reach the subclass's override.
import __static__
from __static__ import int64, box


class Shape:
    def area(self) -> int64:
        return 0

    def describe(self) -> str:
        return "shape"


class Square(Shape):
    def __init__(self, s: int64) -> None:
        self.s: int64 = s

    def area(self) -> int64:
        return self.s * self.s


class Rect(Square):
    def __init__(self, w: int64, h: int64) -> None:
        super().__init__(w)
        self.h: int64 = h

    def area(self) -> int64:
        return self.s * self.h

    def describe(self) -> str:
        return "rect"


def total(shapes: list) -> int64:
    t: int64 = 0
    for s in shapes:
        sh: Shape = s
        t += sh.area()
    return t


print(box(total([Shape(), Square(3), Rect(2, 5)])))
r: Shape = Rect(1, 1)
print(r.describe(), Square(2).describe())
