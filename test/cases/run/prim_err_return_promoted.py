# uint16 + int8 runs at int32, which does not fit a uint16 return type.
# expect-compile-error: 8:12: mismatched types: expected uint16 because of return type, found int32 instead
import __static__
from __static__ import int8, uint16


def f(a: int8, b: uint16) -> uint16:
    return b + a
