# cast(CheckedList[int], x) of a dynamic value checks the exact checked type and gives a
# typed list; a plain list fails the cast (the twin's cast words it without quotes).
# cinder-error: TypeError: expected '__static__.chklist[int]', got 'list'
import __static__
from __static__ import CheckedList, cast


def first_twice(x: object) -> int:
    l = cast(CheckedList[int], x)
    return l[0] * 2


print(first_twice(CheckedList[int]([21, 1])))
print(first_twice([1, 2]))
