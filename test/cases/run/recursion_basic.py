# Recursion: fib, mutual recursion, recursion over lists, int64 recursion.
import __static__
from __static__ import int64, box


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib64(n: int64) -> int64:
    if n < 2:
        return n
    return fib64(n - 1) + fib64(n - 2)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def depth(xs: list) -> int:
    best = 0
    for x in xs:
        if type(x) is list:
            d = depth(x) + 0
            if d > best:
                best = d
    return best + 1


def ackermann(m: int64, n: int64) -> int64:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(fib(20), box(fib64(30)))
print(is_even(100), is_odd(7), is_even(3))
print(depth([1, [2, [3, [4]], []]]))
print(box(ackermann(2, 3)))
