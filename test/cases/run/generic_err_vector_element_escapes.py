# A Vector's element is a primitive: it cannot go into a list unboxed (Cinder's
# test_vector_verifies_type).
# expect-compile-error: 8:13: type mismatch: int64 cannot be assigned to dynamic
import __static__
from __static__ import Vector, int64

def f(v: Vector[int64]) -> list:
    return [v[0]]
