# Augmented assignment on object, str and primitive fields.
import __static__
from __static__ import int64, double, box


class Acc:
    def __init__(self) -> None:
        self.n: int = 0
        self.s: str = ""
        self.i: int64 = 0
        self.d: double = 1.0


a = Acc()
for k in range(4):
    a.n += k
    a.s += str(k)
    a.i += 3
    a.d *= 2.0
print(a.n, a.s, box(a.i), box(a.d))
