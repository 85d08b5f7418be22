# Array[int32]: items read as int32, so sums of items stay 32-bit arithmetic; widening
# into an int64 local is explicit.
import __static__
from __static__ import Array, box, clen, int32, int64


def total(a: Array[int32]) -> int64:
    s: int64 = 0
    for k in range(len(a)):
        s += int64(a[k])
    return s


def main() -> None:
    a = Array[int32](4)
    a[0] = 2000000000
    a[1] = -2000000000
    a[2] = 123456
    a[3] = a[2] - 456
    a[-2] %= 1000
    print(a, box(total(a)), box(a[3] // 7))
    print(sorted(a), 123000 in list(a))


main()
