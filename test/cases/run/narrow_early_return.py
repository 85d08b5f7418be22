# An early `return` under `if c is None:` keeps c narrowed to C after the if.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    if c is None:
        return 0
    d: C = c
    return c.v + d.v


print(box(f(C(4))), box(f(None)))
