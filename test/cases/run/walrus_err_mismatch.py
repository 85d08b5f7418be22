# expect-compile-error: 8:17: type mismatch: str cannot be assigned to int
# The target's declared type checks the value, as an assignment would.
import __static__


def k() -> None:
    x: int = 1
    print((x := "s"))
