# `y = x` where x is int8 declares y as int8: it wraps at 8 bits.
import __static__
from __static__ import int8, box


def f(x: int8) -> None:
    y = x
    y += 100
    print(box(y))


f(100)
# cinder-stdout:
# -56
