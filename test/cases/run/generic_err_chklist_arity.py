# expect-compile-error: 6:9: incorrect number of generic arguments for chklist[T], expected 1, got 2
import __static__
from __static__ import CheckedList

def f() -> None:
    l = CheckedList[int, str]()
