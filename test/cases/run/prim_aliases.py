# ssize_t and size_t are the same types as int64 and uint64, not new ones.
import __static__
from __static__ import ssize_t, size_t, int64, uint64, box


def f(a: ssize_t, b: size_t) -> size_t:
    x: int64 = a
    y: uint64 = b
    return y + 1


print(box(f(-5, 18446744073709551614)))
