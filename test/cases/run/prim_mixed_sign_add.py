# Mixed signedness runs at the next signed size holding both (uint8 + int8 -> int16);
# equal types keep their width (uint16 * uint16 wraps at 16 bits).
import __static__
from __static__ import uint8, int8, uint16, int32, box


def f() -> None:
    u: uint8 = 255
    i: int8 = 127
    n: int8 = -128
    print(box(u + i), box(u - n), box(u * n))
    w: uint16 = 65535
    k: int32 = -1
    print(box(w + k), box(w * w // 65535))


f()
# cinder-stdout:
# 382 383 -32640
# 65534 0
