# A primitive does not compare with an object.
# expect-compile-error: 10:9: can't compare int8 to dynamic
import __static__
from __static__ import int8


def f() -> None:
    a: int8 = 1
    o = object()
    c = a == o
