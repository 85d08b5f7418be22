# expect-compile-error: 5:2: @native decorator takes no keyword arguments
import __static__
from __static__ import native, int64

@native(x=1)
def something(i: int64) -> int64:
    pass
