# expect-compile-error: 5:30: type mismatch: str cannot be assigned to int
import __static__
from __static__ import CheckedList

l: CheckedList[int] = [1, 2, "three"]
