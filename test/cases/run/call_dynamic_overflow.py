# An int that does not fit int64, passed by a dynamic caller to an int64 parameter, is an
# OverflowError. The twin does not range-check, and CPython would print 2**63 + 1.
import __static__
from __static__ import int64


def inc(x: int64) -> int64:
    return x + 1


fns = [inc]
print(fns[0](9223372036854775806))
print(fns[0](-9223372036854775808))
print(fns[0](9223372036854775808))
# cinder-stdout:
# 9223372036854775807
# -9223372036854775807
# cinder-error: OverflowError: int overflow
