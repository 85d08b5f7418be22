# int64 `//` and `%` follow C: the quotient truncates toward zero and the remainder takes the
# dividend's sign (Cinder: T/primitives::test_primitive_arithmetic, `32767 // -1000 = -32`,
# `-32768 % -1000 = -768`). Python's int rounds toward negative infinity, so the twin on
# CPython prints -4 / 1 for -7 // 2, -7 % 2; the expected output is Cinder's.
import __static__
from __static__ import int64, box


def div(a: int64, b: int64) -> int64:
    return a // b


def mod(a: int64, b: int64) -> int64:
    return a % b


print(box(div(7, 2)), box(mod(7, 2)))
print(box(div(-7, 2)), box(mod(-7, 2)))
print(box(div(7, -2)), box(mod(7, -2)))
print(box(div(-7, -2)), box(mod(-7, -2)))
print(box(div(32767, -1000)), box(mod(32767, -1000)), box(mod(-32768, -1000)))
print(box(div(6, 3)), box(mod(6, -3)), box(div(0, -5)))
# cinder-stdout:
# 3 1
# -3 -1
# -3 1
# 3 -1
# -32 767 -768
# 2 0 0
