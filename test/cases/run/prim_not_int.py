# `not x` on an integer primitive is a cbool, true iff x is zero (Cinder: T/primitives::test_not).
import __static__
from __static__ import int8, uint64, int16, cbool, box


def f() -> None:
    a: int8 = 0
    b: uint64 = 18446744073709551615
    c: int16 = -3
    t: cbool = not a
    print(box(t), box(not b), box(not c))
    if not a:
        print("zero")


f()
