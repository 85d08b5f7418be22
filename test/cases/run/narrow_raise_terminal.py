# `if c is None: raise` keeps c narrowed after the if.
# cinder-stdout:
# 12
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    if c is None:
        raise ValueError("missing")
    return c.v


print(box(f(C(12))))
f(None)
