# A function's return type is the context of its return expression: int8 operands,
# int16 result.
import __static__
from __static__ import int8, int16, box


def mul(x: int8, y: int8) -> int16:
    return x * y + 1


print(box(mul(100, 100)), box(mul(-128, 127)))
