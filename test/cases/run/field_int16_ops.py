# Augmented // % << on an int16 field use C semantics and wrap at 16 bits.
import __static__
from __static__ import int16, box


class C:
    def __init__(self) -> None:
        self.v: int16 = -7


c = C()
c.v //= 2
print(box(c.v))
c.v %= 2
print(box(c.v))
c.v = 1
c.v <<= 15
print(box(c.v))
# cinder-stdout:
# -3
# -1
# -32768
