# expect-compile-error: 16:20: Optional[narrow_err_field_truthy.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 16:20: mismatched types: expected int64 because of return type, found dynamic instead
# `if self.nxt:` does not narrow a field (its __bool__ may run; test_type_not_refined_when_visiting_name).
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

    def f(self) -> int64:
        if self.nxt:
            return self.nxt.v
        return 0
