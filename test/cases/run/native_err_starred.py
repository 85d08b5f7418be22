# expect-compile-error: 8:2: @native decorator takes no starred arguments
import __static__
from __static__ import native, int64

a = ("libc.so.6",)


@native(*a)
def something(i: int64) -> int64:
    pass
