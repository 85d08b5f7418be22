# expect-compile-error: 7:14: crange() accepts only 1 or 2 parameters
import __static__
from __static__ import crange, int64


def f() -> None:
    for j in crange(int64(0), int64(1), int64(2)):
        pass
