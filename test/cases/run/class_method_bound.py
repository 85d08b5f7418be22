# Bound methods of static classes are ordinary callables.
import __static__
from __static__ import int64, box


class C:
    def __init__(self, k: int64) -> None:
        self.k: int64 = k

    def add(self, x: int) -> int:
        return x + box(self.k)


m = C(10).add
print(m(5), list(map(C(1).add, [1, 2, 3])), C.add(C(2), 3))
