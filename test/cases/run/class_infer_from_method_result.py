# A local assigned a method's class-typed result keeps the class type for field reads.
import __static__
from __static__ import int64, box


class P:
    def __init__(self, x: int64) -> None:
        self.x: int64 = x

    def moved(self, d: int64) -> "P":
        return P(self.x + d)


def walk() -> int64:
    p = P(0)
    q = p.moved(5)
    r = q.moved(-2)
    return r.x + q.x


print(box(walk()))
