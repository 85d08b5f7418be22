# ** on integer primitives gives a double (Cinder: test_pow_of_int64s_returns_double).
# expect-compile-error: 9:16: type mismatch: double cannot be assigned to int64
import __static__
from __static__ import int64


def f() -> None:
    x: int64 = 2
    z: int64 = x ** x
