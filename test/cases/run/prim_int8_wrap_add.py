# int8/uint8 + wraps around at the type's width (Cinder: T/primitives::test_int_overflow_add,
# int8 100+100 = -56, uint8 200+200 = 144). The twin computes with unbounded ints.
import __static__
from __static__ import int8, uint8, box


def add8(a: int8, b: int8) -> int8:
    return a + b


def addu8(a: uint8, b: uint8) -> uint8:
    return a + b


print(box(add8(100, 100)), box(add8(-128, -1)), box(add8(3, 4)))
print(box(addu8(200, 200)), box(addu8(255, 1)), box(addu8(3, 4)))
# cinder-stdout:
# -56 127 7
# 144 0 7
