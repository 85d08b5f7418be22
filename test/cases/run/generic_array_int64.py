# Array[int64] in static code: indexes are int64 (literals become immediates), reads are
# primitives, negative indexes count from the end, clen is the length; an alias at module
# level names the type in annotations and constructs it (Cinder's fannkuch style).
from __future__ import annotations
import __static__
from __static__ import Array, box, clen, int64

ArrayI64 = Array[int64]


def total(a: ArrayI64) -> int64:
    s: int64 = 0
    i: int64 = 0
    while i < clen(a):
        s += a[i]
        i += 1
    return s


def main() -> None:
    a: ArrayI64 = ArrayI64(range(5))
    a[0] = 10
    a[clen(a) - 1] += 7
    a[-2] = -3
    print(a, box(total(a)), box(a[-1]))
    b = ArrayI64(3)
    n: int64 = 2
    b[n] = a[n] * 2
    print(b, len(b), box(clen(b)))


main()
