# expect-compile-error: 6:10: type mismatch: str received for positional arg 1, expected int
import __static__
from __static__ import CheckedList

l: CheckedList[int] = [1]
l.append("x")
