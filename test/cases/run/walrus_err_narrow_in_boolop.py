# expect-compile-error: 15:12: Optional[walrus_err_narrow_in_boolop.C]: 'NoneType' object has no attribute 'v'
# A walrus that may run (the right side of `and`) forgets what the target was narrowed to.
import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.v: int = 1


def f(flag: bool) -> int:
    y: Optional[C] = C()
    flag and (y := None)
    return y.v
