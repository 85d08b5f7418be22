# A dynamic caller passing a non-member to an enum-typed parameter: CHECK_ARGS refuses it
# (the twin does not check).
from __static__ import Enum


class Color(Enum):
    RED = 1


def describe(c: Color) -> str:
    return f"{c}"


fns = [describe]
print(fns[0](Color.RED))
print(fns[0](1))
# cinder-stdout:
# Color.RED
# cinder-error: TypeError: describe expected 'Color' for argument c, got 'int'
