# A primitive loop on int32 with a uint8 step: compares and adds with no boxing.
import __static__
from __static__ import int32, uint8, box


def total(n: int32) -> int32:
    i: int32 = 0
    s: int32 = 0
    step: uint8 = 1
    while i < n:
        s += i
        i += step
    return s


print(box(total(10)), box(total(100000)))
# cinder-stdout:
# 45 704982704
