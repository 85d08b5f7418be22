# Methods called from Python check their arguments (CHECK_ARGS), self included.
# cinder-stdout:
# 5
# f expected 'int' for argument n, got 'str'
# f expected 'C' for argument self, got 'int'
import __static__
from __static__ import int64


class C:
    def f(self, n: int) -> int:
        return n + 1


g = {"C": C}
exec("print(C().f(4))", g)
exec("try:\n    C().f('x')\nexcept TypeError as e:\n    print(e)", g)
exec("try:\n    C.f(3, 4)\nexcept TypeError as e:\n    print(e)", g)
