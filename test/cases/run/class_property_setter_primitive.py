# A property setter taking a primitive: static stores pass it unboxed to a final setter,
# boxed through the property otherwise.
import __static__
from __static__ import int64, box
from typing import final


class C:
    def __init__(self) -> None:
        self.n: int64 = 0

    @property
    def v(self) -> int:
        return box(self.n)

    @v.setter
    def v(self, x: int64) -> None:
        self.n = x * 2

    @final
    @property
    def w(self) -> int:
        return box(self.n)

    @w.setter
    def w(self, x: int64) -> None:
        self.n = x * 3


def f(c: C) -> int:
    a: int64 = 5
    c.v = a
    first = c.v
    c.w = a + 1
    return first * 100 + c.w


print(f(C()))
