# Keyword arguments to a static method are bound by name and evaluated left to right.
import __static__
from __static__ import int64, box


def arg(tag: str, v: int64) -> int64:
    print("eval", tag)
    return v


class C:
    def f(self, a: int64, b: int64, c: int64) -> int64:
        return a * 100 + b * 10 + c


print(box(C().f(c=arg("c", 3), a=arg("a", 1), b=arg("b", 2))))
