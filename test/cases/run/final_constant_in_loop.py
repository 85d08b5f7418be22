# A Final int bound folds into an int64 while-loop condition.
import __static__
from __static__ import int64, box
from typing import Final

N: Final = 10


def f() -> int64:
    i: int64 = 0
    s: int64 = 0
    while i < N:
        s += i
        i += 1
    return s


print(box(f()))
