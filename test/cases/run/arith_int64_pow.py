# `**` on two int64 gives a double, computed with C pow (Cinder: T/binop::
# test_pow_of_int64s_returns_double, `-2 ** -3 = -0.125`). The twin's int64 ** int64 is an
# int (or a float for negative exponents), so CPython prints 1024; expected output is Cinder's.
import __static__
from __static__ import int64, double, box


def pw(a: int64, b: int64) -> double:
    return a ** b


print(box(pw(2, 10)), box(pw(-2, -3)), box(pw(3, 0)), box(pw(10, 20)))
# cinder-stdout:
# 1024.0 -0.125 1.0 1e+20
