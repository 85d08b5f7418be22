# No implicit narrowing: int16 + int16 is an int16.
# expect-compile-error: 10:15: type mismatch: int16 cannot be assigned to int8
import __static__
from __static__ import int8, int16


def f() -> None:
    a: int16 = 1
    b: int16 = 2
    c: int8 = a + b
