# A static call with a str for an `int` parameter.
# expect-compile-error: 10:9: type mismatch: str received for positional arg 'n', expected int
import __static__


def f(n: int) -> int:
    return n


print(f("x"))
