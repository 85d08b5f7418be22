# `c = None` then `c = C(..)` in one branch joins to Optional[C]; a None test narrows it.
import __static__
from __static__ import int64, box


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(flag: bool) -> int64:
    c = None
    if flag:
        c = C(5)
    if c is not None:
        return c.v
    return -1


print(box(f(True)), box(f(False)))
