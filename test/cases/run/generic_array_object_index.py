# An Array indexed by a value that is not known to be an int goes through Python's item
# protocol (as Cinder falls back to BINARY_SUBSCR): the item is still the primitive, and a
# float index is the Array's own TypeError.
import __static__
from __static__ import Array, box, int16


def get(a: Array[int16], k) -> int16:
    return a[k]


def put(a: Array[int16], k, v: int16) -> None:
    a[k] = v
    a[k] += 1


a = Array[int16](3)
put(a, 2, -7)
put(a, True, 300)
print(a, box(get(a, 2) * 2), box(get(a, -2)))
print(box(get(a, 1.0)))
