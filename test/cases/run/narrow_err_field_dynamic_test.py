# expect-compile-error: 18:24: Optional[narrow_err_field_dynamic_test.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 18:24: mismatched types: expected int64 because of return type, found dynamic instead
# Testing a dynamic value (whose __bool__ may run code) discards field refinements
# (test_refinements_cleared_in_if_with_implicit_bool).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self, y) -> int64:
        if self.nxt is not None:
            if y:
                return self.nxt.v
        return 0
