# int32 - wraps around at 32 bits. The twin computes with unbounded ints.
import __static__
from __static__ import int32, box


def sub(a: int32, b: int32) -> int32:
    return a - b


print(box(sub(-2147483648, 1)), box(sub(2147483647, -1)), box(sub(10, 3)))
# cinder-stdout:
# 2147483647 -2147483648 7
