# double parameters and returns, unboxed.
import __static__
from __static__ import double, box


def hyp2(a: double, b: double) -> double:
    return a * a + b * b


def avg(a: double, b: double) -> double:
    return (a + b) / 2.0


def neg(x: double) -> double:
    return -x


print(box(hyp2(3.0, 4.0)))
print(box(avg(1.0, 2.0)))
print(box(neg(2.5)))
print(box(avg(0.1, 0.2)))
print(box(hyp2(1e200, 1e200)))
