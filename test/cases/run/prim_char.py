# char is an 8-bit signed integer primitive under its own name.
import __static__
from __static__ import char, int8, int16, box


def f() -> None:
    c: char = 65
    d: int16 = c
    print(box(c), box(c + 1), box(d), box(char(int16(200))))


f()
# cinder-stdout:
# 65 66 65 -56
