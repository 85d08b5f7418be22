# Reading a property of a static class gives its getter's declared type (int64 here, usable
# in primitive arithmetic); an overridable property is looked up (so a dynamic subclass's
# override is honoured) and checked against that type, a final one calls its getter directly.
import __static__
from __static__ import box, int64
from typing import final


class Shape:
    def __init__(self, w: int64, h: int64) -> None:
        self.w: int64 = w
        self.h: int64 = h

    @property
    def area(self) -> int64:
        return self.w * self.h

    @final
    @property
    def perimeter(self) -> int64:
        return 2 * (self.w + self.h)

    @property
    def label(self) -> str:
        return "shape"


def describe(s: Shape) -> str:
    total: int64 = s.area + s.perimeter
    return s.label + " " + str(box(total))


g = {"Shape": Shape}
exec("class Big(Shape):\n    @property\n    def area(self):\n        return 1000\n    @property\n    def label(self):\n        return 'big'\n", g)
print(describe(Shape(3, 4)))
print(describe(g["Big"](3, 4)))
