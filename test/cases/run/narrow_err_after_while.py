# expect-compile-error: 20:11: Optional[narrow_err_after_while.C]: 'NoneType' object has no attribute 'v'
# A `while c is not None` guard narrows inside the loop but not after it (a break leaves c
# as C, the guard leaves it None: the join is Optional[C]).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.next: Optional[C] = None


def f(c: Optional[C]) -> None:
    while c is not None:
        if c.v > 5:
            break
        c = c.next
    print(c.v)
