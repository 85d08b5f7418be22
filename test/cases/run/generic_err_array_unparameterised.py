# expect-compile-error: 6:9: cannot create instances of a generic Type[Array[T]]
import __static__
from __static__ import Array

def f() -> None:
    a = Array(10)
