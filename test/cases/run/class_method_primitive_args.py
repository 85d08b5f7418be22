# Primitive parameters and returns of each kind through a method; int8 wraps.
# cinder-stdout:
# 3.0 -0.5
# -128
import __static__
from __static__ import int8, int64, uint16, double, cbool, box


class M:
    def mix(self, a: int8, b: int64, c: uint16, d: double, flag: cbool) -> double:
        if flag:
            return d * double(box(a + b + c))
        return -d

    def wrap(self, a: int8) -> int8:
        return a + 100


m = M()
print(box(m.mix(1, 2, 3, 0.5, True)), box(m.mix(1, 2, 3, 0.5, False)))
print(box(m.wrap(28)))
