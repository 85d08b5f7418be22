# expect-compile-error: 6:23: @native functions returning object is not supported yet
import __static__
from __static__ import native, int64

@native("libc.so.6")
def labs(i: int64) -> object:
    pass
