# % on integer primitives follows the dividend's sign, as in C (Cinder: int16 32767 % -1000
# = 767, -32768 % -1000 = -768, int8 1 % -3 = 1).
import __static__
from __static__ import int16, int8, box


def f() -> None:
    x: int16 = 32767
    y: int16 = -32768
    z: int16 = -1000
    a: int8 = 1
    b: int8 = -3
    print(box(x % z), box(y % z), box(a % b))


f()
# cinder-stdout:
# 767 -768 1
