# expect-compile-error: 16:15: Optional[narrow_err_other_local_field.C]: 'NoneType' object has no attribute 'v'
# Narrowing a local does not narrow its Optional field: c.nxt stays Optional[C].
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None


def f(c: Optional[C]) -> None:
    if c is not None:
        print(c.nxt.v)
