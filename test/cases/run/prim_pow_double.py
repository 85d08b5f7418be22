# ** on integer primitives gives a double computed with C pow (Cinder: T/binop::
# test_pow_of_int64s_returns_double). The twin's int ** int stays an int.
import __static__
from __static__ import int8, int16, uint8, box


def f() -> None:
    a: int8 = 2
    b: int16 = 10
    c: int8 = -2
    d: int8 = -3
    u: uint8 = 3
    print(box(a ** b), box(c ** d), box(u ** u))


f()
# cinder-stdout:
# 1024.0 -0.125 27.0
