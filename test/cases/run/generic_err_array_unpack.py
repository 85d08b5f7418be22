# expect-compile-error: 6:9: cannot unpack multiple values from Array[int64] while iterating
import __static__
from __static__ import Array, int64

def f(a: Array[int64]) -> None:
    for x, y in a:
        pass
