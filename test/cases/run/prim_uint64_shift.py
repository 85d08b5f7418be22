# >> on uint64 is a logical shift; << wraps at 64 bits.
import __static__
from __static__ import uint64, box


def f() -> None:
    top: uint64 = 18446744073709551615
    one: uint64 = 1
    print(box(top >> one), box(top >> 63))
    print(box(one << 63))
    print(box(top << one))


f()
# cinder-stdout:
# 9223372036854775807 1
# 9223372036854775808
# 18446744073709551614
