# intN(obj) / uintN(obj) unbox an int object with a range check; values in range pass.
import __static__
from __static__ import int8, uint8, int16, uint16, int32, uint32, uint64, box


def f(o: int) -> None:
    print(box(int8(o)), box(uint8(o)), box(int16(o)), box(uint16(o)), box(int32(o)), box(uint32(o)), box(uint64(o)))


f(0)
f(127)
f(True)
