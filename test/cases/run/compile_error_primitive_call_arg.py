# A primitive passed to an ordinary Python call (print) is not boxed implicitly.
# expect-compile-error: 8:11: Call argument cannot be a primitive
import __static__
from __static__ import int64


def f(x: int64) -> None:
    print(x)
