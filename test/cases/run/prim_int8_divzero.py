# Division of a narrow primitive by zero raises ZeroDivisionError (Cinder itself crashes).
import __static__
from __static__ import int8, box


def div(a: int8, b: int8) -> int8:
    return a // b


print(box(div(7, 2)))
print(box(div(7, 0)))
