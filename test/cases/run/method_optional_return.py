# A method returning Optional[C]; the caller narrows before using the result.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    def child(self) -> Optional["C"]:
        if self.v > 0:
            return C(self.v - 1)
        return None


def depth(c: C) -> int64:
    n: int64 = 0
    cur: Optional[C] = c
    while cur is not None:
        n += 1
        cur = cur.child()
    return n


print(box(depth(C(4))), C(0).child())
