# A Final float constant folds into double arithmetic.
import __static__
from __static__ import double, box
from typing import Final

SCALE: Final = 2.5
OFFSET: Final[float] = -0.25


def f(x: double) -> double:
    return x * SCALE + OFFSET


print(box(f(4.0)), SCALE, OFFSET)
