# A negative Final constant folds into int64 and int16 arithmetic.
import __static__
from __static__ import int16, int64, box
from typing import Final

NEG: Final = -40


def f(n: int64) -> int64:
    s: int16 = NEG
    return n * NEG + s


print(box(f(3)), NEG)
