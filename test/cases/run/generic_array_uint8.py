# Array[uint8]: bytes 0..255, zero-extended when read; a store of 256 from Python is an
# OverflowError (the program ends there).
import __static__
from __static__ import Array, box, clen, uint8, int64


def checksum(a: Array[uint8]) -> int64:
    s: int64 = 0
    i: int64 = 0
    while i < clen(a):
        s += int64(a[i])
        i += 1
    return s


def main() -> None:
    a = Array[uint8](4)
    a[0] = 255
    a[1] = 200
    a[2] = a[0] - a[1]
    a[-1] = 1
    print(a, box(checksum(a)), box(a[2]))
    data = Array[uint8]([1, 2, 3])
    print(data, bytes(data))
    b: object = a
    b[0] = 256


main()
