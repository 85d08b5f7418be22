# Array as a parameter and a return value: a static callee gets the exact type and the
# caller reads the result's items as primitives without boxing.
import __static__
from __static__ import Array, box, clen, double, int64


def squares(n: int64) -> Array[int64]:
    a = Array[int64](box(n))
    i: int64 = 0
    while i < n:
        a[i] = i * i
        i += 1
    return a


def scaled(a: Array[int64], k: double) -> Array[double]:
    out = Array[double](len(a))
    i: int64 = 0
    while i < clen(a):
        out[i] = double(box(a[i])) * k
        i += 1
    return out


def main() -> None:
    s = squares(5)
    f = scaled(s, 0.5)
    print(s, f, box(s[4] + s[3]), box(f[-1]))
    print(type(scaled(squares(2), 2.0)).__name__)


main()
print(squares(3), list(scaled(squares(3), 1.5)))
