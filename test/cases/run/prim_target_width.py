# The assignment target sets the width of the operation (Cinder: T/binop::
# test_int_binop_type_context): int8 120 * 120 computed as int16 is 14400, as int8 it wraps.
import __static__
from __static__ import int8, int16, int32, box


def f() -> None:
    x: int8 = 120
    y: int8 = 120
    z: int16 = x * y
    w: int8 = x * y
    v: int32 = x * y * y
    print(box(z), box(w), box(v))


f()
# cinder-stdout:
# 14400 64 1728000
