# expect-compile-error: 5:10: incorrect number of generic arguments for Array[T], expected 1, got 2
import __static__
from __static__ import Array, int64

def f(a: Array[int64, int64]) -> None:
    pass
