# isinstance(o, C) narrows an object local to C; the else branch keeps object.
import __static__
from __static__ import int64, box


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(o: object) -> str:
    if isinstance(o, C):
        return "C " + str(box(o.v + 1))
    return "other " + type(o).__name__


print(f(C(2)), f("x"), f(None))
