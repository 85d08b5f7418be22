# A negative literal does not fit an unsigned primitive.
# expect-compile-error: 8:17: type mismatch: Literal[-1] cannot be assigned to uint32
import __static__
from __static__ import uint32


def f() -> None:
    x: uint32 = -1
