# Fields seen from dynamic code: primitive fields box, typed stores are checked.
import __static__
from __static__ import int64


class P:
    def __init__(self) -> None:
        self.n: int64 = 5
        self.s: str = "x"


p = P()
g = {"p": p}
exec("print(p.n + 1, p.s)\np.n = 7\np.s = 'y'\nprint(p.n, p.s)", g)
exec("try:\n    p.n = 'no'\nexcept TypeError as e:\n    print(e)", g)
exec("try:\n    p.s = 3\nexcept TypeError as e:\n    print(e)", g)
# cinder-stdout:
# 6 x
# 7 y
# expected 'int', got 'str' for attribute 'n'
# expected 'str', got 'int' for attribute 's'
