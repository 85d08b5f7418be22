# Explicit conversions between integer primitives truncate to the target width and re-extend
# by its signedness (Cinder: T/primitives::test_primitive_conversions). The twin's int8(x)
# does not truncate.
import __static__
from __static__ import int8, uint8, int16, int32, uint32, uint16, int64, uint64, box


def f() -> None:
    print(box(int8(int16(32767))), box(uint8(int8(-1))), box(int32(uint32(4294967295))))
    big: int64 = 70000
    print(box(uint16(big)), box(int16(big)), box(uint64(int8(-1))))


f()
# cinder-stdout:
# -1 255 -1
# 4464 4464 18446744073709551615
