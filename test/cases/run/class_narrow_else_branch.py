# `if x is None: ... else:` narrows x in the else branch.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def get(c: Optional[C]) -> int64:
    if c is None:
        r: int64 = -1
    else:
        r = c.v * 2
    return r


print(box(get(None)), box(get(C(21))))
