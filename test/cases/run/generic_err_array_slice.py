# expect-compile-error: 7:11: Static arrays cannot be sliced
import __static__
from __static__ import Array, int64

def f(a: Array[int64]) -> None:
    x = a[0]
    print(a[1:2])
