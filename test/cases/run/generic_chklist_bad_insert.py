# insert() of a wrong element type from dynamic code fails with the typed method's message.
import __static__
from __static__ import CheckedList

l = CheckedList[str](["a"])
dyn: object = l
dyn.insert(0, "z")
print(l)
dyn.insert(1, 5)
