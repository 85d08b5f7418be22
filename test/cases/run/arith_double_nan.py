# NaN compares unequal to everything, itself included; ordering comparisons are all false.
import __static__
from __static__ import double, box, cbool


def cmp(a: double, b: double) -> None:
    print(box(a < b), box(a <= b), box(a == b), box(a != b), box(a > b), box(a >= b))


def is_nan(x: double) -> cbool:
    return x != x


def branch(a: double, b: double) -> str:
    if a < b:
        return "lt"
    if a >= b:
        return "ge"
    return "unordered"


nan: float = float("nan")
cmp(double(nan), double(nan))
cmp(double(nan), 1.0)
cmp(1.0, double(nan))
print(box(is_nan(double(nan))), box(is_nan(2.0)))
print(branch(1.0, 2.0), branch(2.0, 1.0), branch(double(nan), 1.0))
