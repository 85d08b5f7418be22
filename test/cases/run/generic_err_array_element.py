# expect-compile-error: 5:10: Invalid Array element type: str
import __static__
from __static__ import Array

def f(a: Array[str]) -> None:
    pass
