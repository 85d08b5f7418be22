# Array[cbool]: False-filled; items read as cbool and used as conditions; Python sees bools.
import __static__
from __static__ import Array, box, cbool, clen, int64


def count_true(a: Array[cbool]) -> int64:
    n: int64 = 0
    i: int64 = 0
    while i < clen(a):
        if a[i]:
            n += 1
        i += 1
    return n


def main() -> None:
    a = Array[cbool](4)
    a[1] = True
    a[-1] = True
    a[2] = not a[1]
    print(a, box(count_true(a)), box(a[0]), box(a[-1]))
    print(list(a), any(a), all(a))


main()
