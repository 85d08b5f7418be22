# Python storing an int into a double field converts it; a str is refused.
# cinder-stdout:
# 3.0 <class 'float'>
# 2.5
# expected 'float', got 'str' for attribute 'd'
import __static__
from __static__ import double


class C:
    def __init__(self) -> None:
        self.d: double = 0.0


c = C()
g = {"c": c}
exec("c.d = 3\nprint(c.d, type(c.d))\nc.d = 2.5\nprint(c.d)", g)
exec("try:\n    c.d = 'x'\nexcept TypeError as e:\n    print(e)", g)
