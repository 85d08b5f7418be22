# expect-compile-error: 18:20: Optional[narrow_err_field_unknown_store.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 18:20: mismatched types: expected int64 because of return type, found dynamic instead
# A store to an attribute of a dynamic object may run code (a setter): refinements end
# (test_refinements_are_invalidated_with_unknown_attr_stores).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self, other) -> int64:
        if self.nxt is not None:
            other.y = None
            return self.nxt.v
        return 0
