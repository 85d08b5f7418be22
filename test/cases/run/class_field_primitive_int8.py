# An int8 field wraps at its width and boxes to int for Python.
# cinder-stdout:
# -56
# -56
import __static__
from __static__ import int8, box


class C:
    def __init__(self) -> None:
        self.v: int8 = 100

    def bump(self) -> None:
        self.v += 100


c = C()
c.bump()
print(box(c.v))
exec("print(c.v)", {"c": c})
