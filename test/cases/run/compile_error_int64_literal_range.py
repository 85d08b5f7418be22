# An int literal outside int64's range cannot initialise an int64.
# expect-compile-error: 8:16: type mismatch: Literal[9223372036854775808] cannot be assigned to int64
import __static__
from __static__ import int64


def f() -> None:
    x: int64 = 9223372036854775808
