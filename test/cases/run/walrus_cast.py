# A dynamic value stored by a walrus into a target declared as a static class is CAST, as
# an assignment would be: the wrong type raises TypeError where it is stored (the twin does
# not check, so CPython fails later, reading the attribute).
# cinder-error: TypeError: expected 'C', got 'str'
import __static__
from __static__ import int64, box


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def make(x):
    return x


def f(x) -> int64:
    c: C
    if (c := make(x)).v > 1:
        return c.v
    return 0


print(box(f(C(5))), box(f(C(1))))
f("nope")
