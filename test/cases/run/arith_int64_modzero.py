# int64 modulo by zero raises ZeroDivisionError.
import __static__
from __static__ import int64, box


def mod(a: int64, b: int64) -> int64:
    return a % b


print(box(mod(10, 3)))
print(box(mod(10, 0)))
print("not reached")
