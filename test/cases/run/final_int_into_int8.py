# A module Final int constant folds into an int8 context as a literal, and wraps there.
import __static__
from __static__ import int8, box
from typing import Final

K: Final = 100


def f() -> int8:
    x: int8 = K
    x += K
    return x


print(box(f()), K)
# cinder-stdout:
# -56 100
