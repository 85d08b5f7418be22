# @inline works on double arithmetic.
import __static__
from __static__ import double, box, inline


@inline
def mid(a: double, b: double) -> double:
    return (a + b) / 2.0


def f() -> double:
    x: double = 1.0
    return mid(x, mid(x, 4.0))


print(box(f()))
