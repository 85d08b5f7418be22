# A negative index more than the length from the end is an IndexError on a store from
# static code.
import __static__
from __static__ import Array, box, int64, uint16


def put(a: Array[uint16], i: int64, v: uint16) -> None:
    a[i] = v


a = Array[uint16](2)
put(a, -2, 9)
put(a, 1, 4)
print(a)
put(a, -3, 1)
