# expect-compile-error: 8:13: generator element cannot be a primitive
# An Array[int64]'s items are int64 in a comprehension too, so the element must be boxed.
import __static__
from __static__ import Array, int64


def f(a: Array[int64]) -> list:
    return [v for v in a]
