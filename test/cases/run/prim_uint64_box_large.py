# uint64 values at and above 2**63 box to the right (positive) int.
import __static__
from __static__ import uint64, box


def f() -> None:
    top: uint64 = 18446744073709551615
    half: uint64 = 9223372036854775808
    print(box(top), box(half), box(half - 1))
    print(box(top + 1))


f()
# cinder-stdout:
# 18446744073709551615 9223372036854775808 9223372036854775807
# 0
