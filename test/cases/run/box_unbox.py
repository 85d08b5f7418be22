# box/unbox and int64(x)/double(x) conversions between objects and primitives.
import __static__
from __static__ import int64, double, cbool, box, unbox


def from_obj(o: int) -> int64:
    return unbox(o)


def to_obj(x: int64) -> int:
    return box(x)


def d_from_int(n: int) -> double:
    return double(n)


def roundtrip(n: int) -> int:
    x: int64 = int64(n)
    x = x * 2
    return box(x)


print(box(from_obj(41) + 1), to_obj(-5) * 2)
print(box(d_from_int(3)), box(double(2.5) * 2.0))
print(roundtrip(21), roundtrip(-9223372036854775807 // 2))
print(box(int64(True)), box(unbox(7) + 1))
c: bool = box(int64(3) > int64(2))
print(c)
