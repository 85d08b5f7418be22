# A conditional expression narrows its test's local in the chosen arm.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    return c.v * 3 if c is not None else -1


def g(c: Optional[C]) -> int64:
    return -2 if c is None else c.v


print(box(f(C(5))), box(f(None)), box(g(C(9))), box(g(None)))
