# `if not isinstance(o, C): return` narrows o to C after the if.
import __static__
from __static__ import int64, box


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


class D(C):
    pass


def f(o: object) -> int64:
    if not isinstance(o, C):
        return -1
    return o.v * 2


print(box(f(C(3))), box(f(D(4))), box(f(3)))
