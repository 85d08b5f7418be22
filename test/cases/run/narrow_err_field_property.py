# expect-compile-error: 18:20: mismatched types: expected int64 because of return type, found dynamic instead
# Properties are never narrowed (test_cannot_refine_property).
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
