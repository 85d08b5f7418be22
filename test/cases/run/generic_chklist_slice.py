# Slicing a CheckedList gives a plain list (as in Cinder), so its items are dynamic and it
# accepts anything; a slice store takes only a list of the very same checked type.
import __static__
from __static__ import CheckedList


def main() -> None:
    l = CheckedList[int]([1, 2, 3, 4, 5])
    s = l[1:4]
    print(s, type(s).__name__, l[::-2], type(l[:]).__name__)
    s.append("x")
    print(s, l)
    l[0:2] = CheckedList[int]([9, 8, 7])
    print(l, type(l).__name__)
    l[0:1] = [0]


main()
