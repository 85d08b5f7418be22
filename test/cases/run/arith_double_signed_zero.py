# Negating 0.0 gives -0.0 (a sign flip, not 0.0 - x), and -0.0 == 0.0.
import __static__
from __static__ import double, box


def neg(x: double) -> double:
    return -x


def sub_from_zero(x: double) -> double:
    return 0.0 - x


print(box(neg(0.0)), box(neg(-0.0)), box(sub_from_zero(0.0)), box(neg(0.0) == 0.0))
print(box(neg(1.5)), box(neg(-2.0)))
