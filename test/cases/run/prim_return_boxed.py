# Returning a primitive to a Python caller boxes it: ints of every width, uint64 above 2**63.
import __static__
from __static__ import int8, uint8, int32, uint64


def a() -> int8:
    return -5


def b() -> uint8:
    return 250


def c() -> int32:
    return -2147483648


def d() -> uint64:
    return 18446744073709551615


fns = [a, b, c, d]
print([f() for f in fns])
print(type(fns[3]()).__name__)
