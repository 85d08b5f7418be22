# An Array parameter takes exactly Array[T]: another element type from a dynamic caller
# fails CHECK_ARGS (the twin does not check arguments).
# cinder-stdout:
# 6
# cinder-error: TypeError: total expected '__static__.Array[int64]' for argument a, got '__static__.Array[int32]'
import __static__
from __static__ import Array, box, int32, int64


def total(a: Array[int64]) -> int:
    s: int64 = 0
    for x in a:
        s += x
    return box(s)


f = total
print(f(Array[int64]([1, 2, 3])))
print(f(Array[int32]([1, 2, 3])))
