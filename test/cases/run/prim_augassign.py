# Augmented assignment runs at the target's width and wraps there.
import __static__
from __static__ import int8, uint8, int16, box


def f() -> None:
    x: int8 = 120
    x += 10
    u: uint8 = 3
    u -= 5
    w: int16 = 1000
    s: int8 = 100
    w *= s
    print(box(x), box(u), box(w))


f()
# cinder-stdout:
# -126 254 -31072
