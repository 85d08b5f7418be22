# A str stored into an `int` local.
# expect-compile-error: 7:14: type mismatch: str cannot be assigned to int
import __static__


def f() -> int:
    x: int = "a"
    return x
