# A cbool field accepts only bool from Python.
# cinder-stdout:
# True
# expected 'bool', got 'int' for attribute 'b'
import __static__
from __static__ import cbool


class C:
    def __init__(self) -> None:
        self.b: cbool = False


c = C()
g = {"c": c}
exec("c.b = True\nprint(c.b)", g)
exec("try:\n    c.b = 1\nexcept TypeError as e:\n    print(e)", g)
