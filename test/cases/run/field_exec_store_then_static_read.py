# A store to a primitive field from dynamic code is seen by static readers.
import __static__
from __static__ import int64, double, box


class C:
    def __init__(self) -> None:
        self.n: int64 = 0
        self.d: double = 0.0

    def total(self) -> double:
        return self.d * 2.0


c = C()
exec("c.n = 40\nc.d = 2.5", {"c": c})
print(box(c.n + 2), box(c.total()))
