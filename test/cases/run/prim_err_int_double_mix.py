# An integer primitive does not mix with a double (Cinder: test_mixed_binop_sign).
# expect-compile-error: 10:9: cannot pow uint8 and double
import __static__
from __static__ import uint8, double


def f() -> None:
    a: uint8 = 1
    d: double = 2.0
    c = a ** d
