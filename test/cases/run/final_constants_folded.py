# Module-level Final constants are folded into their uses (an int becomes an immediate in
# int64 arithmetic); the module still binds them for dynamic readers.
import __static__
from __static__ import int64, double, box
from typing import Final

K: Final = 7
NEG: Final[int] = -3
F: Final = -1.5
NAME: Final = "x"


def f(n: int64) -> int64:
    return n * K + NEG


def g() -> double:
    d: double = F * 2.0
    return d


print(box(f(2)), box(g()), NAME, K, NEG, F)
