# CheckedList[int] methods from static code: append/insert/pop/remove/index/count/copy/
# clear/reverse, with typed results (pop gives an int, copy the same checked type).
import __static__
from __static__ import CheckedList


def main() -> None:
    l = CheckedList[int]([4, 1, 4])
    l.append(9)
    l.insert(0, 7)
    l.insert(-1, 2)
    print(l, l.count(4), l.index(4), l.index(4, 2))
    last: int = l.pop()
    first: int = l.pop(0)
    print(last + first, l)
    l.remove(4)
    l.reverse()
    c = l.copy()
    c.append(100)
    print(l, c, type(c).__name__)
    l.clear()
    print(l, len(l), len(c))


main()
