# expect-compile-error: 6:12: type mismatch: str cannot be assigned to double
import __static__
from __static__ import Vector, double

def f(v: Vector[double]) -> None:
    v[0] = "a"
