# An @inline function is still a real function for dynamic callers.
import __static__
from __static__ import int64, box, inline


@inline
def add3(x: int64) -> int64:
    return x + 3


def f() -> int64:
    return add3(4)


print(box(f()))
exec("print(add3(10), add3.__name__)", {"add3": add3})
