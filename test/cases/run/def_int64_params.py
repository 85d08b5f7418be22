# int64 parameters and returns stay unboxed between static functions; box() for printing.
import __static__
from __static__ import int64, box


def mul_add(a: int64, b: int64, c: int64) -> int64:
    return a * b + c


def square(x: int64) -> int64:
    return x * x


def fact(n: int64) -> int64:
    r: int64 = 1
    while n > 1:
        r = r * n
        n = n - 1
    return r


print(box(mul_add(3, 4, 5)))
print(box(square(-12)))
print(box(fact(20)))
print(box(mul_add(square(3), 2, -1)))
