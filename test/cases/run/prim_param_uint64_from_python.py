# uint64 parameters take Python ints up to 2**64-1; negative ones overflow.
import __static__
from __static__ import uint64


def half(x: uint64) -> uint64:
    return x >> 1


fns = [half]
print(fns[0](18446744073709551615))
print(fns[0](-1))
# cinder-stdout:
# 9223372036854775807
# cinder-error: OverflowError: int overflow
