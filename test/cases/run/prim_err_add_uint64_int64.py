# Mixing uint64 with a signed type would need more than 64 bits (Cinder: test_int_add_mixed_64).
# expect-compile-error: 10:9: cannot add uint64 and int64
import __static__
from __static__ import int64, uint64


def f() -> None:
    a: uint64 = 1
    b: int64 = 2
    c = a + b
