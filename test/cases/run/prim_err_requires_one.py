# Primitive constructors take exactly one argument.
# expect-compile-error: 8:9: int8 requires a single argument (2 given)
import __static__
from __static__ import int8


def f() -> None:
    x = int8(1, 2)
