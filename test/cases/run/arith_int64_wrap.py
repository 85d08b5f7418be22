# int64 arithmetic wraps around in two's complement (Cinder: T/primitives::
# test_int_overflow_add, int64 max+max = -2). The pure-Python twin computes with unbounded
# ints, so CPython's output differs; the expected output is Cinder's.
import __static__
from __static__ import int64, box


def add(a: int64, b: int64) -> int64:
    return a + b


def mul(a: int64, b: int64) -> int64:
    return a * b


def neg(a: int64) -> int64:
    return -a


print(box(add(9223372036854775807, 1)))
print(box(add(9223372036854775807, 9223372036854775807)))
print(box(add(-9223372036854775807 - 1, -1)))
print(box(mul(4611686018427387904, 2)))
print(box(mul(3037000500, 3037000500)))
print(box(neg(-9223372036854775807 - 1)))
# cinder-stdout:
# -9223372036854775808
# -2
# 9223372036854775807
# -9223372036854775808
# -9223372036709301616
# -9223372036854775808
