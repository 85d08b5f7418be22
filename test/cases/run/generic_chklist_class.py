# CheckedList of static class instances: items are typed (methods and fields called
# directly), including a subclass instance stored in a list of the base class.
import __static__
from __static__ import CheckedList, box, int64


class Shape:
    def __init__(self, w: int64) -> None:
        self.w: int64 = w

    def area(self) -> int64:
        return self.w * self.w


class Rect(Shape):
    def __init__(self, w: int64, h: int64) -> None:
        super().__init__(w)
        self.h: int64 = h

    def area(self) -> int64:
        return self.w * self.h


def total(shapes: CheckedList[Shape]) -> int64:
    t: int64 = 0
    for s in shapes:
        t += s.area()
    return t


def main() -> None:
    shapes: CheckedList[Shape] = [Shape(3), Rect(2, 5)]
    shapes.append(Rect(1, 1))
    print(box(total(shapes)), box(shapes[1].w), box(shapes[-1].area()))
    biggest = shapes[0]
    for s in shapes:
        if s.area() > biggest.area():
            biggest = s
    print(type(biggest).__name__, box(biggest.area()))


main()
