# A module global bound once to a checked container is typed as that container; code that
# reads it checks it first, so rebinding it from outside (here through the module's dict) is
# a TypeError instead of an unchecked read of a list as an Array.
# cinder-error: TypeError: expected '__static__.Array[int64]', got 'list'
# cinder-stdout:
# 7
import __static__
from __static__ import Array, box, int64

A = Array[int64](3)


def first() -> int64:
    return A[0]


A[0] = 7
print(box(first()))
globals()["A"] = [1, 2, 3]
print(box(first()))
