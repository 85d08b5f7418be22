# `/` on two int64 is integer division truncating toward zero, like `//` (Cinder:
# T/binop::test_int_binop, int8 `1/2 = 0`, `4/-2 = -2`). The twin computes Python's true
# division, so CPython prints 3.5 etc.; the expected output is Cinder's.
import __static__
from __static__ import int64, box


def div(a: int64, b: int64) -> int64:
    return a / b


print(box(div(7, 2)), box(div(-7, 2)), box(div(4, -2)), box(div(1, 2)))
# cinder-stdout:
# 3 -3 -2 0
