# A CheckedList parameter takes exactly that checked type: a plain list is a TypeError from
# dynamic callers (the twin's CheckedList is a list and does not check).
# cinder-error: TypeError: first expected '__static__.chklist[int]' for argument l, got 'list'
# cinder-stdout:
# 5
# 5
import __static__
from __static__ import CheckedList


def first(l: CheckedList[int]) -> int:
    return l[0]


ok = CheckedList[int]([5, 6])
print(first(ok))
call = first
try_args = [ok, CheckedList[str](["a"]), [1, 2]]
print(call(try_args[0]))
print(call(try_args[2]))
