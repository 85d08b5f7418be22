# A negative int64 index before the start raises IndexError.
import __static__
from __static__ import int64


def get(xs: list, i: int64) -> object:
    return xs[i]


print(get([1, 2, 3], -3))
print(get([1, 2, 3], -4))
