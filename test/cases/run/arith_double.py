# double arithmetic: + - * / ** and unary minus, unboxed.
import __static__
from __static__ import double, box


def ops(a: double, b: double) -> None:
    print(box(a + b), box(a - b), box(a * b), box(a / b), box(-a))
    print(box(a ** 2.0), box(a * 2.0 + 1.0), box(1.0 - b), box(2.0 * a - b / 4.0))


def pw(a: double, b: double) -> double:
    return a ** b


ops(7.5, 2.0)
ops(-1.25, 0.5)
ops(0.1, 0.2)
print(box(pw(2.0, 0.5)), box(pw(10.0, -2.0)), box(pw(0.0, 0.0)))
