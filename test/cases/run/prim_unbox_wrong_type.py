# Unboxing a non-int raises TypeError with Static Python's wording (Cinder: T/primitives::
# test_unbox_typed). The twin's int16("x") parses the string instead.
import __static__
from __static__ import int16, box


def conv(o) -> int:
    return box(int16(o))


print(conv(7))
print(conv("x"))
# cinder-stdout:
# 7
# cinder-error: TypeError: expected 'int', got 'str'
