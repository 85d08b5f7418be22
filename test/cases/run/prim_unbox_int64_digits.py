# Unboxing to int64 reads one-digit ints inline and leaves the rest to the runtime: values
# around the 30-bit digit boundary, zero, negatives, int subclasses and bools all convert
# as before, and out-of-range ints still raise OverflowError.
import __static__
from __static__ import box, int64


class MyInt(int):
    pass


def through(v) -> int64:
    x: int64 = int64(v)
    return x


values = [0, 1, -1, 7, -7, (1 << 30) - 1, -((1 << 30) - 1), 1 << 30, -(1 << 30), (1 << 62) + 5, -(1 << 63), MyInt(-12)]
for v in values:
    print(v, box(through(v)))
print(box(through(1 << 63)))
# cinder-stdout:
# 0 0
# 1 1
# -1 -1
# 7 7
# -7 -7
# 1073741823 1073741823
# -1073741823 -1073741823
# 1073741824 1073741824
# -1073741824 -1073741824
# 4611686018427387909 4611686018427387909
# -9223372036854775808 -9223372036854775808
# -12 -12
# cinder-error: OverflowError: int overflow
