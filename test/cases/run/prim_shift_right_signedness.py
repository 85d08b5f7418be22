# >> is arithmetic for signed primitives and logical for unsigned ones (Cinder: int8 -1 >> 1
# = -1, uint8 0xFF >> 1 = 127).
import __static__
from __static__ import int8, uint8, int32, box


def f() -> None:
    a: int8 = -1
    u: uint8 = 255
    b: int32 = -1024
    print(box(a >> 1), box(u >> 1), box(b >> 3))


f()
