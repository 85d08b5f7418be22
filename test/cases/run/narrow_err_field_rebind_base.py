# expect-compile-error: 17:16: Optional[narrow_err_field_rebind_base.C]: 'NoneType' object has no attribute 'v'
# expect-compile-error: 17:16: mismatched types: expected int64 because of return type, found dynamic instead
# Rebinding the local a field belongs to forgets the field's refinement.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None

def f(o: C, p: C) -> int64:
    if o.nxt is not None:
        o = p
        return o.nxt.v
    return 0
