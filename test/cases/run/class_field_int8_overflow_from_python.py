# Python storing an out-of-range int into an int8 field: OverflowError, value unchanged.
# cinder-stdout:
# 127
# int overflow
# 127
import __static__
from __static__ import int8


class C:
    def __init__(self) -> None:
        self.v: int8 = 0


c = C()
g = {"c": c}
exec("c.v = 127\nprint(c.v)", g)
exec("try:\n    c.v = 128\nexcept OverflowError as e:\n    print(e)\nprint(c.v)", g)
