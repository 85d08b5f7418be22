# expect-compile-error: 17:19: Optional[narrow_err_field_after_call.C]: 'NoneType' object has no attribute 'v'
# A narrowed field (self.nxt) loses its refinement at any call, so reading through it after
# print(...) is the Optional attribute error.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self) -> None:
        if self.nxt is not None:
            print("has next")
            print(self.nxt.v)
