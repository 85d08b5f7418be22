# True is a bool, not an int8 (Cinder: test_assign_bool_to_primitive_int).
# expect-compile-error: 8:15: type mismatch: bool cannot be assigned to int8
import __static__
from __static__ import int8


def f() -> None:
    a: int8 = True
