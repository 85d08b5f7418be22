# An untyped slot accepts anything stored from Python; typed neighbours still check.
# cinder-stdout:
# [1] None
# expected 'int', got 'NoneType' for attribute 't'
import __static__


class C:
    def __init__(self) -> None:
        self.u = 0
        self.t: int = 0


c = C()
g = {"c": c}
exec("c.u = [1]\nc.u, x = c.u, None\nprint(c.u, x)", g)
exec("try:\n    c.t = None\nexcept TypeError as e:\n    print(e)", g)
