# int64(x) of an int outside the int64 range raises OverflowError (Cinder: T/primitives::
# test_unbox_overflow). The twin's int64 accepts any int, so CPython prints the value; the
# expected output is Cinder's.
import __static__
from __static__ import int64, box


def conv(n: int) -> int:
    return box(int64(n))


print(conv(9223372036854775807))
print(conv(9223372036854775808))
# cinder-stdout:
# 9223372036854775807
# cinder-error: OverflowError: int overflow
