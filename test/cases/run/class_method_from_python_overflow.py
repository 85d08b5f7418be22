# Python passing an out-of-range int to a primitive method parameter.
# cinder-stdout:
# 8
# int overflow
import __static__
from __static__ import int8, box


class C:
    def f(self, n: int8) -> int:
        return box(n) * 2


g = {"C": C}
exec("print(C().f(4))", g)
exec("try:\n    C().f(1000)\nexcept OverflowError as e:\n    print(e)", g)
