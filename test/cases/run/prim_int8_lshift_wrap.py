# << wraps at the operand width: int8 1 << 7 is -128. The twin computes with unbounded ints.
import __static__
from __static__ import int8, uint8, box


def f() -> None:
    a: int8 = 1
    u: uint8 = 255
    print(box(a << 7), box(a << 6), box(u << 1))


f()
# cinder-stdout:
# -128 64 254
