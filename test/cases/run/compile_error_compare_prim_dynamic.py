# Comparing an int64 with a dynamic value.
# expect-compile-error: 8:16: can't compare int64 to dynamic
import __static__
from __static__ import int64, box


def f(x: int64, y) -> bool:
    return box(x == y)
