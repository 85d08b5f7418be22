# Dynamic code calling static functions (through a list, so the call is not a direct static
# call): arguments pass CHECK_ARGS and primitive results come back boxed.
import __static__
from __static__ import int64, double, cbool


def add64(a: int64, b: int64) -> int64:
    return a + b


def half(x: double) -> double:
    return x / 2.0


def pos(x: int64) -> cbool:
    return x > 0


def join(a: str, b: str) -> str:
    return a + b


fns = [add64, half, pos, join]
r = fns[0](40, 2)
print(r, type(r).__name__)
h = fns[1](3.0)
print(h, type(h).__name__)
print(fns[2](5), fns[2](-5), type(fns[2](1)).__name__)
print(fns[3]("ab", "cd"))
print(fns[0](True, 1))
print(fns[3](b="y", a="x"))
