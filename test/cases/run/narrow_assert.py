# `assert c is not None` narrows c for the rest of the function; a failing assert raises.
# cinder-stdout:
# 7
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> int64:
    assert c is not None, "need a C"
    return c.v


print(box(f(C(7))))
print(box(f(None)))
