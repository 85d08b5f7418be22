# A float literal is no integer primitive (Cinder: test_int_assign_float).
# expect-compile-error: 8:15: type mismatch: float cannot be assigned to int8
import __static__
from __static__ import int8


def f() -> None:
    a: int8 = 1.0
