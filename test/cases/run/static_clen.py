# clen(x) is len(x) as an int64.
import __static__
from __static__ import int64, box, clen


def total(xs: list) -> int64:
    n: int64 = clen(xs)
    return n * 10 + clen("abcd") + clen({1: 2})


print(box(total([1, 2, 3])))
