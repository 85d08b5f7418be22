# Unsigned widens only to a strictly wider signed type.
# expect-compile-error: 9:16: type mismatch: uint16 cannot be assigned to int16
import __static__
from __static__ import int16, uint16


def f() -> None:
    a: uint16 = 1
    b: int16 = a
