# Array[double]: zero-filled with 0.0, augmented assignment in floating point, ints from
# Python are converted on store; a str from Python is a TypeError.
import __static__
from __static__ import Array, box, clen, double, int64


def norm2(a: Array[double]) -> double:
    s: double = 0.0
    i: int64 = 0
    while i < clen(a):
        s += a[i] * a[i]
        i += 1
    return s


def main() -> None:
    a = Array[double](3)
    a[0] = 1.5
    a[1] = -2.0
    a[-1] += 0.25
    a[0] *= 2.0
    print(a, box(norm2(a)), box(a[-3]))
    dyn: object = a
    dyn[2] = 7
    print(a, sum(a))
    dyn[1] = "x"


main()
