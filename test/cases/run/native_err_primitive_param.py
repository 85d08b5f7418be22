# expect-compile-error: 6:8: @native: expected a primitive arg for x, not int
import __static__
from __static__ import native, int64

@native("so.so")
def fn(x: int) -> int64:
    pass
