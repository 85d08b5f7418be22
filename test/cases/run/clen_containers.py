# clen works on tuple, str, set and dict, and returns int64.
import __static__
from __static__ import int64, clen, box


def f(t: tuple, s: str, st: set, d: dict) -> int64:
    return clen(t) * 1000 + clen(s) * 100 + clen(st) * 10 + clen(d)


print(box(f((1, 2), "abc", set([1, 2, 3, 4]), {})))
