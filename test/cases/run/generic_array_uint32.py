# Array[uint32]: values above 2**31 stay positive when read back, in static and dynamic code.
import __static__
from __static__ import Array, box, uint32, int64


def main() -> None:
    a = Array[uint32](3)
    a[0] = 4294967295
    a[1] = 3000000000
    a[2] = a[1] // 3
    x: int64 = int64(a[0]) + 1
    print(a, box(x), box(a[2]))
    print([box(v > 2147483648) for v in a], box(int64(a[0]) + int64(a[1])))


main()
