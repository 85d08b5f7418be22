# expect-compile-error: 6:22: @native callables cannot contain kw-only args
import __static__
from __static__ import native, int64

@native("libc.so.6")
def abs(i: int64, *, j: int64 = 33) -> int64:
    pass
