# `if c:` on an Optional[C] local narrows it to C.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    if c:
        return c.v
    return 99


print(box(f(C(1))), box(f(None)))
