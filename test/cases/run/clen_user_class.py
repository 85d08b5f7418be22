# clen of a user object with __len__ falls back to len().
import __static__
from __static__ import int64, clen, box


class Bag:
    def __len__(self) -> int:
        return 7


def f(b: Bag) -> int64:
    return clen(b) + 1


print(box(f(Bag())))
