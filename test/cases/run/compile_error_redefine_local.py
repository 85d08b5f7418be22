# Declaring the same local twice.
# expect-compile-error: 8:5: Cannot redefine local variable x
import __static__


def f() -> None:
    x: int = 1
    x: str = "a"
