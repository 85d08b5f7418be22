# int8(255) is the same range error.
# expect-compile-error: 8:14: type mismatch: Literal[255] cannot be assigned to int8
import __static__
from __static__ import int8


def f() -> None:
    x = int8(255)
