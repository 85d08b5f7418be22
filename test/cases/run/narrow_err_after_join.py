# expect-compile-error: 18:11: Optional[narrow_err_after_join.C]: 'NoneType' object has no attribute 'v'
# Narrowing in one arm of an if does not survive the join.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(c: Optional[C]) -> None:
    if c is not None:
        print("yes")
    else:
        print("no")
    print(c.v)
