# An @inline call with keyword arguments binds them to the right parameters.
import __static__
from __static__ import int64, box, inline


@inline
def lin(a: int64, b: int64) -> int64:
    return a * 10 + b


def f() -> int64:
    return lin(b=1, a=2) + lin(3, b=4)


print(box(f()))
