# An int64 index past the end raises IndexError.
import __static__
from __static__ import int64


def get(xs: list, i: int64) -> object:
    return xs[i]


xs = [1, 2, 3]
print(get(xs, 2))
print(get(xs, 3))
