# int64 arithmetic inside its range: + - * unary minus, bitwise ops, shifts, literals on
# either side.
import __static__
from __static__ import int64, box


def calc(a: int64, b: int64) -> None:
    print(box(a + b), box(a - b), box(a * b), box(-a))
    print(box(a & b), box(a | b), box(a ^ b), box(~a))
    print(box(a << 2), box(a >> 1), box(b >> 1))
    print(box(1 - a), box(a + 1), box(2 * b), box(100 - b * 3))


calc(12, 10)
calc(-12, 10)
calc(0, -1)
