# uint64 % 0 raises ZeroDivisionError with CPython's wording.
import __static__
from __static__ import uint64, box


def mod(a: uint64, b: uint64) -> uint64:
    return a % b


print(box(mod(18446744073709551615, 7)))
print(box(mod(1, 0)))
