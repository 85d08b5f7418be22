# -(-128) wraps back to -128 in int8; ~ keeps signed values signed.
import __static__
from __static__ import int8, int32, box


def f() -> None:
    m: int8 = -128
    x: int32 = 5
    print(box(-m), box(~m), box(~x), box(-x))


f()
# cinder-stdout:
# -128 127 -6 -5
