# A dynamic value stored into a CheckedList item from static code is checked as it is stored
# (CAST), through plain assignment, tuple unpacking and in-place operators alike.
# cinder-error: TypeError: expected 'int', got 'str'
# cinder-stdout:
# [2, 1]
# [2, 1]
# [3, 1]
import __static__
from __static__ import CheckedList


def values() -> list:
    return [2, 1, "x"]


def main() -> None:
    l: CheckedList[int] = [0, 0]
    v = values()
    l[0] = v[1]
    l[1] = v[0]
    l[0], l[1] = l[1], l[0]
    print(l)
    l[0], l[1] = v[0], v[1]
    print(l)
    l[0] += v[1]
    print(l)
    l[1] = v[2]
    print(l)


main()
