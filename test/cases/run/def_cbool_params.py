# cbool parameters and returns: primitive comparisons yield cbool, `if` branches on it.
import __static__
from __static__ import cbool, int64, box


def both(a: cbool, b: cbool) -> cbool:
    if a:
        if b:
            return True
    return False


def less(x: int64, y: int64) -> cbool:
    return x < y


print(box(both(True, True)), box(both(True, False)), box(both(False, True)))
print(box(less(1, 2)), box(less(2, 1)))
print(box(both(less(1, 2), less(3, 4))))
