# Primitive parameters and returns of methods: uint16 and double, with wraparound.
import __static__
from __static__ import uint16, double, box


class M:
    def mix(self, a: uint16, b: uint16) -> uint16:
        return a * b

    def half(self, d: double) -> double:
        return d / 2.0


m = M()
print(box(m.mix(300, 300)), box(m.half(3.0)))
# cinder-stdout:
# 24464 1.5
