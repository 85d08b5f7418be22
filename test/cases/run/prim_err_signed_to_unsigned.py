# No implicit conversion between signednesses of the same width (Cinder: test_store_signed_to_unsigned).
# expect-compile-error: 9:16: type mismatch: int8 cannot be assigned to uint8
import __static__
from __static__ import int8, uint8


def f() -> None:
    a: int8 = 1
    b: uint8 = a
