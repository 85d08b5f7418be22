# ** refuses mixed signedness outright.
# expect-compile-error: 10:9: cannot pow int8 and uint8
import __static__
from __static__ import int8, uint8


def f() -> None:
    a: int8 = 1
    b: uint8 = 2
    c = a ** b
