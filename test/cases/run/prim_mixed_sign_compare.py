# Mixed-signedness comparisons compare the values, not the bits (Cinder: T/primitives::
# test_int_compare_mixed_sign, uint16 10000 < int16 -1 is False).
import __static__
from __static__ import uint16, int16, uint8, int8, box


def f() -> None:
    u: uint16 = 10000
    s: int16 = -1
    b: uint8 = 255
    c: int8 = -1
    print(box(u < s), box(u > s), box(b == c), box(b > c))


f()
