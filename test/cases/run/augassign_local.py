# Augmented assignment on locals, every operator, on int, str, list and int64.
import __static__
from __static__ import int64, box


def ints() -> None:
    x = 100
    x += 5
    x -= 3
    x *= 2
    x //= 7
    x %= 10
    x **= 3
    x <<= 2
    x >>= 1
    x |= 1
    x &= 0xFF
    x ^= 0x0F
    print(x)
    y = 7
    y /= 2
    print(y)


def others() -> None:
    s = "ab"
    s += "cd"
    s *= 2
    xs = [1]
    alias = xs
    xs += [2, 3]
    print(s, xs, alias is xs)


def prims() -> None:
    n: int64 = 10
    n += 5
    n *= 3
    n -= 1
    n //= 4
    n <<= 3
    n %= 7
    print(box(n))


ints()
others()
prims()
