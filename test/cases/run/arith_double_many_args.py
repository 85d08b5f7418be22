# More than eight double arguments (the rest go on the stack) mixed with more than six
# integer arguments, and doubles kept live across calls (every xmm register is
# caller-saved).
import __static__
from __static__ import double, int64, box


def many(a: double, b: double, c: double, d: double, e: double, f: double, g: double,
         h: double, i: double, j: double, k: int64, l: int64, m: int64, n: int64,
         o: int64, p: int64, q: int64, r: int64) -> double:
    ints: int64 = k + 2 * l + 3 * m + 4 * n + 5 * o + 6 * p + 7 * q + 8 * r
    return a + 2.0 * b + 3.0 * c + 4.0 * d + 5.0 * e + 6.0 * f + 7.0 * g + 8.0 * h + 9.0 * i + 10.0 * j + double(box(ints))


def one() -> double:
    return 1.0


def live_across(x: double) -> double:
    a: double = x * 2.0
    b: double = x * 3.0
    c: double = one()
    d: double = one() + a
    return a + b + c + d


print(box(many(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1, 1, 1, 1, 1, 1, 1, 1)))
print(box(many(0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0, 0, 0, 0, 0, 0, 0, 2)))
print(box(live_across(1.5)))
