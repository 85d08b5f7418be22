# expect-compile-error: 6:14: type mismatch: Literal[128] cannot be assigned to int8
import __static__
from __static__ import Vector, int8

def f(v: Vector[int8]) -> None:
    v.append(128)
