# expect-compile-error: 6:9: @native callables cannot contain pos-only args
import __static__
from __static__ import native, int64

@native("libc.so.6")
def abs(i: int64, /) -> int64:
    pass
