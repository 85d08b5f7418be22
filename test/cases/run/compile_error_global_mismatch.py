# Rebinding an annotated module global with a value of another type from a function.
# expect-compile-error: 10:13: type mismatch: str cannot be assigned to int
import __static__

limit: int = 3


def reset() -> None:
    global limit
    limit = "none"
