# int8 -128 // -1 wraps to -128 (no trap); -128 % -1 is 0.
import __static__
from __static__ import int8, box


def div(a: int8, b: int8) -> int8:
    return a // b


def mod(a: int8, b: int8) -> int8:
    return a % b


print(box(div(-128, -1)), box(mod(-128, -1)), box(div(127, -1)))
# cinder-stdout:
# -128 0 -127
