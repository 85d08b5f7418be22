# expect-compile-error: 8:1: @inline only supported on functions with simple return
# @inline needs a body that is a single return.
import __static__
from __static__ import int64, inline


@inline
def f(x: int64) -> int64:
    y = x + 1
    return y
