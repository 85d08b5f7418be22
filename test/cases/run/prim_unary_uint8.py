# Unary - and ~ wrap at the type's width (Cinder: T/primitives::test_int_unary, uint8 -1
# = 255). The twin computes with unbounded ints.
import __static__
from __static__ import uint8, uint16, box


def f() -> None:
    one: uint8 = 1
    zero: uint16 = 0
    print(box(-one), box(~one), box(+one), box(~zero), box(-zero))


f()
# cinder-stdout:
# 255 254 1 65535 0
