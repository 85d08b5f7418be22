# A Vector parameter takes exactly Vector[T]: a list or another element type from a dynamic
# caller fails CHECK_ARGS (the twin does not check arguments).
# cinder-stdout:
# 6
# cinder-error: TypeError: total expected '__static__.Vector[int64]' for argument v, got '__static__.Vector[int32]'
import __static__
from __static__ import Vector, box, int32, int64


def total(v: Vector[int64]) -> int:
    s: int64 = 0
    for x in v:
        s += x
    return box(s)


f = total
print(f(Vector[int64]([1, 2, 3])))
print(f(Vector[int32]([1, 2, 3])))
