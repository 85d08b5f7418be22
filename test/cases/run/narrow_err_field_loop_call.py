# expect-compile-error: 17:19: Optional[narrow_err_field_loop_call.C]: 'NoneType' object has no attribute 'v'
# A loop whose body calls something keeps no field refinement at its head: the second
# iteration may see the field changed.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self, n: int) -> int64:
        assert self.nxt is not None
        while n > 0:
            print(self.nxt.v)
            n -= 1
        return 0
