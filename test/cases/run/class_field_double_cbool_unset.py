# Unset primitive fields of every kind read as zero: 0.0 for double, False for cbool.
# cinder-stdout:
# 0.0 False 0
# cinder-error: none
import __static__
from __static__ import double, cbool, int32, box


class C:
    d: double
    b: cbool
    i: int32

    def __init__(self) -> None:
        pass


c = C()
print(box(c.d), box(c.b), box(c.i))
