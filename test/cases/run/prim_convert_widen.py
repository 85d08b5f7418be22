# Widening conversions keep the value: sign-extended for signed, zero-extended for unsigned.
import __static__
from __static__ import int8, uint8, int16, int64, uint32, box


def f() -> None:
    a: int8 = -5
    u: uint8 = 250
    w: int16 = a
    x: int16 = u
    print(box(int64(a)), box(int16(u)), box(w), box(x), box(uint32(u)))


f()
