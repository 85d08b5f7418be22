# An int64 cannot be added to a str (primitives mix only with the same primitive).
# expect-compile-error: 8:12: cannot add int64 and str
import __static__
from __static__ import int64


def f(x: int64, s: str) -> int64:
    return x + s
