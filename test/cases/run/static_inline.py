# @inline functions are substituted at static call sites (arguments evaluated once), nest,
# and still exist as ordinary functions for dynamic callers.
import __static__
from __static__ import int64, box, inline


@inline
def sq(x: int64) -> int64:
    return x * x


@inline
def twice(x: int64) -> int64:
    return sq(x) + sq(x)


def counted() -> int64:
    global calls
    calls += 1
    return 3


calls = 0


def main() -> None:
    n: int64 = 3
    print(box(sq(n + 1)), box(twice(n)))
    print(box(sq(counted())), calls)
    f = sq
    print(f(7))


main()
