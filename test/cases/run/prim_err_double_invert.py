# ~ on a double (Cinder: T/double::test_double_unary_unsupported).
# expect-compile-error: 9:9: Cannot invert/not a double
import __static__
from __static__ import double


def f() -> None:
    d: double = 1.0
    e = ~d
