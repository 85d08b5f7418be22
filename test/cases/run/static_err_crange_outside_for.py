# expect-compile-error: 7:9: crange() must be used as an iterator in a for loop
import __static__
from __static__ import crange, int64


def f(n: int64) -> None:
    r = crange(n)
