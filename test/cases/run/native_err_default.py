# expect-compile-error: 6:30: @native callables cannot contain kwargs
import __static__
from __static__ import native, int64

@native("libc.so.6")
def abs(i: int64, j: int64 = 4) -> int64:
    pass
