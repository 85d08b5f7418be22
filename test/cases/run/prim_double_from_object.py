# double(x) accepts a float, an int (converted) or a dynamic value.
import __static__
from __static__ import double, box


def f(i: int, o) -> None:
    a: double = double(i)
    b: double = double(o)
    c: double = double(2.5)
    print(box(a), box(b), box(c), box(a + b * c))


f(3, 4)
f(-1, 0.5)
