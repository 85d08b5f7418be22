# int64 division by zero raises ZeroDivisionError with CPython's wording (Cinder itself
# crashes with SIGFPE here; cinderc raises, see static_python.md §3.3).
import __static__
from __static__ import int64, box


def div(a: int64, b: int64) -> int64:
    return a // b


print(box(div(10, 3)))
print(box(div(10, 0)))
print("not reached")
