# expect-compile-error: 16:20: mismatched types: expected int64 because of return type, found dynamic instead
# A store narrows the field to what was stored (test_refinements_are_invalidated_with_stores).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self) -> int64:
        if self.nxt is not None:
            self.nxt = None
            return self.nxt.v
        return 0
