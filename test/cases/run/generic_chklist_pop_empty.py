# pop() on an empty CheckedList raises IndexError as a list does.
import __static__
from __static__ import CheckedList


def drain(l: CheckedList[int]) -> int:
    t = 0
    while len(l) > 0:
        t += l.pop()
    return t


l: CheckedList[int] = [1, 2, 3]
print(drain(l), l)
l.pop()
