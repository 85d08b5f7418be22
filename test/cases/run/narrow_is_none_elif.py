# After `if c is None:` the elif and else branches see c as C.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> str:
    if c is None:
        return "none"
    elif c.v > 10:
        return "big " + str(box(c.v))
    else:
        return "small " + str(box(c.v * 2))


print(f(None), f(C(11)), f(C(3)))
