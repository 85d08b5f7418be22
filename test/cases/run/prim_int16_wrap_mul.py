# int16 * wraps around at 16 bits. The twin computes with unbounded ints.
import __static__
from __static__ import int16, box


def mul(a: int16, b: int16) -> int16:
    return a * b


print(box(mul(300, 300)), box(mul(-300, 300)), box(mul(181, 181)))
# cinder-stdout:
# 24464 -24464 32761
