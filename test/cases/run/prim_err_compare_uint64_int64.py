# uint64 does not compare with a signed primitive.
# expect-compile-error: 10:9: can't compare uint64 to int64
import __static__
from __static__ import int64, uint64


def f() -> None:
    a: uint64 = 1
    b: int64 = 2
    c = a < b
