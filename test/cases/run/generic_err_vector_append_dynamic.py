# A dynamic value is not implicitly unboxed into a Vector's element type.
# expect-compile-error: 7:14: type mismatch: dynamic received for positional arg 'v', expected int64
import __static__
from __static__ import Vector, int64

def f(v: Vector[int64], x) -> None:
    v.append(x)
