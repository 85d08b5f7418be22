# An int literal out of the primitive's range (Cinder: test_primitive_out_of_range).
# expect-compile-error: 8:15: type mismatch: Literal[128] cannot be assigned to int8
import __static__
from __static__ import int8


def f() -> None:
    x: int8 = 128
