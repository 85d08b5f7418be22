# expect-compile-error: 15:15: Optional[infer_err_loop_widen.C]: 'NoneType' object has no attribute 'v'
# A local set to None inside a loop body is Optional[C] at the loop head.
import __static__
from __static__ import int64


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(xs: list) -> None:
    c = C(1)
    for x in xs:
        print(c.v)
        c = None
