# A static call with a keyword argument of the wrong type.
# expect-compile-error: 11:15: type mismatch: str received for keyword arg 'n', expected int64
import __static__
from __static__ import int64, box


def f(n: int64) -> int64:
    return n


print(box(f(n="x")))
