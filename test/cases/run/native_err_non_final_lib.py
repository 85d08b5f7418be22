# expect-compile-error: 8:9: @native decorator 'lib' argument must be a `str`
import __static__
from __static__ import native, int64

LIB = "libc.so.6"


@native(LIB)
def labs(i: int64) -> int64:
    pass
