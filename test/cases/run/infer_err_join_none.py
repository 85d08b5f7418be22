# expect-compile-error: 16:11: Optional[infer_err_join_none.C]: 'NoneType' object has no attribute 'v'
# `c = None` then `c = C(..)` in one branch joins to Optional[C]: reading a field needs a test.
import __static__
from __static__ import int64


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f(flag: bool) -> None:
    c = None
    if flag:
        c = C(5)
    print(c.v)
