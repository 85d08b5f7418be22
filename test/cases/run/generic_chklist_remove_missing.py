# remove() and index() of a value that is not there raise ValueError as a list does.
import __static__
from __static__ import CheckedList

l: CheckedList[int] = [3, 4]
print(l.index(4))
l.remove(3)
print(l)
l.remove(3)
