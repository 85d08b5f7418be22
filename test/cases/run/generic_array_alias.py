# Module-level aliases of Array types name them in annotations and construct them; the
# alias is the run-time type object too.
import __static__
from __static__ import Array, box, clen, double, int64, uint8

Bytes = Array[uint8]
Vec = Array[double]


def dot(a: Vec, b: Vec) -> double:
    s: double = 0.0
    i: int64 = 0
    while i < clen(a):
        s += a[i] * b[i]
        i += 1
    return s


def main() -> None:
    v = Vec([1.0, 2.0, 3.0])
    w: Vec = Vec(3)
    w[0] = 2.0
    w[2] = -1.0
    buf = Bytes(2)
    buf[1] = 200
    print(box(dot(v, w)), buf, Bytes is Array[uint8], type(v) is Vec)


main()
