# Array[uint64]: the full unsigned 64-bit range, read back as Python ints; a negative store
# from Python is an OverflowError.
import __static__
from __static__ import Array, box, uint64


def main() -> None:
    a = Array[uint64](2)
    a[0] = 18446744073709551615
    a[1] = 9223372036854775808
    print(a, box(a[0]), box(a[1] // 2))
    print(list(a), box(a[0] - a[1]))
    d: object = a
    d[1] = -1


main()
