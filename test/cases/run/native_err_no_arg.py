# expect-compile-error: 5:2: @native decorator accepts a single parameter, the path to .so file
import __static__
from __static__ import native, int64

@native()
def something(i: int64) -> int64:
    pass
