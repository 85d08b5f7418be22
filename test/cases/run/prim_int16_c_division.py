# / and // on integer primitives truncate toward zero, as in C (Cinder: T/binop::
# test_primitive_arithmetic, int16 32767 // -1000 = -32; Python gives -33).
import __static__
from __static__ import int16, int8, box


def f() -> None:
    x: int16 = 32767
    y: int16 = -1000
    print(box(x // y), box(x / y))
    a: int8 = 1
    b: int8 = 2
    c: int8 = 4
    d: int8 = -2
    print(box(a / b), box(c / d), box(-7 // int8(2)))


f()
# cinder-stdout:
# -32 -32
# 0 -2 -3
