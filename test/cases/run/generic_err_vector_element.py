# expect-compile-error: 5:10: Invalid Vector element type: str
import __static__
from __static__ import Vector

def f(v: Vector[str]) -> None:
    pass
