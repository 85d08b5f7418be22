# The same for a narrower signed type (Cinder: test_mixed_tri_add_unsigned).
# expect-compile-error: 10:9: cannot add int16 and uint64
import __static__
from __static__ import int16, uint64


def f() -> None:
    a: int16 = 1
    b: uint64 = 2
    c = a + b
