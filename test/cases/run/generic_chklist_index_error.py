# An index past the end of a CheckedList read from static code (by an int64) is CPython's
# list IndexError.
import __static__
from __static__ import CheckedList, int64


def at(l: CheckedList[str], i: int64) -> str:
    return l[i]


l: CheckedList[str] = ["a", "b"]
print(at(l, 0), at(l, -1), at(l, -2))
print(at(l, 2))
