# expect-compile-error: 10:9: type mismatch: str cannot be assigned to int64
# A local first assigned a primitive is declared with that primitive type: a str later is
# a type mismatch.
import __static__
from __static__ import int64


def f() -> None:
    x = int64(1)
    x = "a"
