# Arguments of an inlined call are evaluated once even if the parameter is used twice.
import __static__
from __static__ import int64, box, inline


@inline
def sq(x: int64) -> int64:
    return x * x


n = 0


def tick() -> int64:
    global n
    n += 1
    return 5


def f() -> int64:
    return sq(tick())


print(box(f()), n)
