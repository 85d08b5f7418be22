# Every integer width: an append stores the element at its native width, a read extends it
# back by the element's sign; values at each type's limits survive the round trip.
import __static__
from __static__ import Vector, box, int8, int16, int32, int64, uint8, uint16, uint32, uint64


def ints() -> None:
    a = Vector[int8]()
    a.append(-128)
    a.append(127)
    b = Vector[int16]()
    b.append(-32768)
    b.append(32767)
    c = Vector[int32]()
    c.append(-2147483648)
    c.append(2147483647)
    d = Vector[int64]()
    d.append(-9223372036854775808)
    d.append(9223372036854775807)
    print(a, b, c, d)
    print(box(a[0]), box(b[0]), box(c[0]), box(d[0]))
    x: int8 = a[0] + 1
    y: int32 = c[1] - 1
    print(box(x), box(y))


def uints() -> None:
    a = Vector[uint8]()
    a.append(255)
    b = Vector[uint16]()
    b.append(65535)
    c = Vector[uint32]()
    c.append(4294967295)
    d = Vector[uint64]()
    d.append(18446744073709551615)
    print(a, b, c, d)
    print(box(a[0]), box(b[0]), box(c[0]), box(d[0]))
    a[0] = a[0] - 1
    print(box(a[0]), box(a[-1]))


ints()
uints()
