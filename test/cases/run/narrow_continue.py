# `if c is None: continue` narrows c for the rest of the loop body.
import __static__
from __static__ import int64, box, cast
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def total(items: list) -> int64:
    s: int64 = 0
    for o in items:
        c: Optional[C] = cast(Optional[C], o)
        if c is None:
            continue
        s += c.v
    return s


print(box(total([C(1), None, C(10), None, C(100)])))
