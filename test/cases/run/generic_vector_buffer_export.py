# While a memoryview holds a Vector's buffer, array refuses to resize it: a native append
# raises the same BufferError even when there is room.
# check-traceback
import __static__
from __static__ import Vector, int64


def add(v: Vector[int64], x: int64) -> None:
    v.append(x)


v = Vector[int64]()
add(v, 1)
add(v, 2)
m = memoryview(v)
print(m.tolist())
m.release()
add(v, 3)
print(v)
m = memoryview(v)
add(v, 4)
