# A dynamic caller reaches a small static function through its boxed entry, where the
# function's body is inlined: an exception inside still names the function's frame.
# check-traceback
import __static__
from __static__ import int64, box


def ratio(a: int64, b: int64) -> int64:
    return a // b


f = ratio
print(f(7, 2))
print(f(1, 0))
