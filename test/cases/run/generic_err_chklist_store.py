# expect-compile-error: 6:12: type mismatch: str cannot be assigned to int
import __static__
from __static__ import CheckedList, int64

def f(l: CheckedList[int], i: int64) -> None:
    l[i] = "x"
