# A narrow primitive cannot be passed to an ordinary call.
# expect-compile-error: 9:11: Call argument cannot be a primitive
import __static__
from __static__ import uint16


def f() -> None:
    a: uint16 = 1
    print(a)
