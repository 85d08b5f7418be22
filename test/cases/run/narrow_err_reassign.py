# expect-compile-error: 20:15: Optional[narrow_err_reassign.C]: 'NoneType' object has no attribute 'v'
# Reassigning a narrowed local to an Optional value loses the narrowing.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def other() -> Optional[C]:
    return None


def f(c: Optional[C]) -> None:
    if c is not None:
        c = other()
        print(c.v)
