# expect-compile-error: 20:20: Optional[narrow_err_field_property.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 20:20: mismatched types: expected int64 because of return type, found dynamic instead
# Properties are never narrowed (test_cannot_refine_property): a read of one is its getter's
# declared type, Optional[C] here, each time.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    @property
    def nxt(self) -> "Optional[C]":
        return None

    def f(self) -> int64:
        if self.nxt is not None:
            return self.nxt.v
        return 0
