# expect-compile-error: 7:5: @native callables cannot contain a function body, only 'pass' is allowed
import __static__
from __static__ import native, int64

@native("so.so")
def something(i: int64) -> int64:
    return 1
