# Array[uint16]: unsigned 16-bit items; augmented assignment and negative indexes.
import __static__
from __static__ import Array, box, uint16


def main() -> None:
    a = Array[uint16](3)
    a[0] = 65535
    a[1] = 1000
    a[-1] = a[1] * 3
    a[1] += 234
    print(a, box(a[0]), box(a[-1]), box(a[1]))
    print(list(reversed(list(a))), len(a))


main()
