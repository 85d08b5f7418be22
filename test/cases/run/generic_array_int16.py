# Array[int16]: 16-bit signed items; a store through a variable index and augmented
# assignment; iteration (typed int16 items in a comprehension) and builtins over it.
import __static__
from __static__ import Array, box, clen, int16, int64


def fill(a: Array[int16]) -> None:
    i: int64 = 0
    while i < clen(a):
        a[i] = int16(i * 1000 - 2000)
        i += 1


def main() -> None:
    a = Array[int16](5)
    fill(a)
    a[4] *= 3
    a[-5] //= 4
    print(a, box(a[4]), box(a[0]))
    print([box(x) for x in a], len(a), max(a))


main()
