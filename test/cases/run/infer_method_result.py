# The result of a static method call has the declared return class; its fields are typed.
import __static__
from __static__ import int64, box


class P:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x
        self.y: int64 = y

    def moved(self, dx: int64) -> "P":
        return P(self.x + dx, self.y)


def f() -> int64:
    p = P(1, 2)
    q = p.moved(10)
    r = q.moved(100)
    return r.x * 1000 + r.y


print(box(f()))
