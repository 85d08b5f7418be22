# array.array has no typecode for cbool: Vector[cbool] is refused.
# expect-compile-error: 6:10: Invalid Vector element type: cbool
import __static__
from __static__ import Vector, cbool

def f(v: Vector[cbool]) -> None:
    pass
