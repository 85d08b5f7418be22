# expect-compile-error: 6:12: type mismatch: double cannot be assigned to int64
import __static__
from __static__ import Array, double, int64

def f(a: Array[int64], x: double) -> None:
    a[0] = x
