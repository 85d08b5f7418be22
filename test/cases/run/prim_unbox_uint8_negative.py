# uint8(obj) of a negative int raises OverflowError. The twin accepts it.
import __static__
from __static__ import uint8, box


def conv(n: int) -> int:
    return box(uint8(n))


print(conv(255))
print(conv(-1))
# cinder-stdout:
# 255
# cinder-error: OverflowError: int overflow
