# Typed fields (object, int64, double, cbool) read and written by static code.
import __static__
from __static__ import int64, double, cbool, box


class P:
    def __init__(self, name: str, n: int64, d: double, flag: cbool) -> None:
        self.name: str = name
        self.n: int64 = n
        self.d: double = d
        self.flag: cbool = flag


p = P("a", 3, 1.5, True)
p.n += 4
p.d = p.d * 2.0
p.flag = not p.flag
print(p.name, box(p.n), box(p.d), box(p.flag))
