# Indexing a list with a negative int64 counts from the end.
import __static__
from __static__ import int64


def get(xs: list, i: int64) -> object:
    return xs[i]


xs = ["a", "b", "c"]
print(get(xs, -1), get(xs, -3), get(xs, 0))
