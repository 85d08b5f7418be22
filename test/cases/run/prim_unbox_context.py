# unbox(obj) unboxes to the primitive its context asks for, range-checked.
import __static__
from __static__ import uint16, int8, unbox, box


def f(o: int) -> int:
    x: uint16 = unbox(o)
    return box(x)


print(f(65535))
print(f(65536))
# cinder-stdout:
# 65535
# cinder-error: OverflowError: int overflow
