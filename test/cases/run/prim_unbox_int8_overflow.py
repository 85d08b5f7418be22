# int8(obj) of an int outside -128..127 raises OverflowError (Cinder: T/primitives::
# test_unbox_overflow). The twin's int8 accepts any int.
import __static__
from __static__ import int8, box


def conv(n: int) -> int:
    return box(int8(n))


print(conv(-128))
print(conv(128))
# cinder-stdout:
# -128
# cinder-error: OverflowError: int overflow
