# Array[int8]: stores, reads, augmented assignment (wrapping at 8 bits as Cinder does) and
# negative indexes from static code; Python sees the items as ints.
# cinder-stdout:
# Array[int8]([-128, 100, 27]) -1
# -128 27
# Array[int8]([-128, -106, 27]) 3
# [-128, -106, 27] -207
# cinder-error: none
import __static__
from __static__ import Array, box, clen, int8, int64


def main() -> None:
    a = Array[int8](3)
    a[0] = -128
    a[1] = 100
    a[-1] = 27
    a[0] -= 0
    i: int64 = -1
    a[i] += 0
    print(a, box(a[0] + a[1] + a[2] - a[1] - a[0] - a[2] - 1 + a[1] - a[1]))
    print(box(a[-3]), box(a[2]))
    a[1] += 50
    print(a, box(clen(a)))
    print(list(a), sum(a))


main()
