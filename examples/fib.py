# Recursive Fibonacci twice: on int64 (unboxed, native recursion) and on int (Python ints).
import __static__
from __static__ import int64, box


def fib64(n: int64) -> int64:
    if n < 2:
        return n
    return fib64(n - 1) + fib64(n - 2)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    print("fib64(27) =", box(fib64(27)))
    print("fib(27) =", fib(27))
