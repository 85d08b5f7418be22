# expect-compile-error: 9:8: @native: expected a primitive arg for x, not double
import __static__
from __static__ import native, int64

from __static__ import double


@native("so.so")
def fn(x: double) -> int64:
    pass
