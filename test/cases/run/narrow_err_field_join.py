# expect-compile-error: 17:16: Optional[narrow_err_field_join.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 17:16: mismatched types: expected int64 because of return type, found dynamic instead
# A join discards a field refinement that only one path has (test_refinements_cleared_when_merging_branches).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self) -> int64:
        if self.nxt is not None:
            pass
        return self.nxt.v
