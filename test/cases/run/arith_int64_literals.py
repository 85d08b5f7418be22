# int64 literals: the extreme values, hex/octal/binary/underscore spellings, a literal on
# the left of an operator or comparison.
import __static__
from __static__ import int64, box, cbool


def lits() -> None:
    lo: int64 = -9223372036854775808
    hi: int64 = 9223372036854775807
    print(box(lo), box(hi), box(hi + lo))
    h: int64 = 0xFF
    o: int64 = 0o17
    b: int64 = 0b101
    u: int64 = 1_000_000
    print(box(h), box(o), box(b), box(u))


def left(x: int64) -> cbool:
    return 10 > x


lits()
print(box(left(3)), box(left(30)))
