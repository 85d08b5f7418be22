# `if c is not None:` narrows an Optional[C] local to C in the true branch, so its int64
# field is read statically.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    if c is not None:
        return c.v + 1
    return -1


print(box(f(C(41))), box(f(None)))
