# cbool(x) of a bool (or a dynamic value that is a bool) is a primitive; True/False take
# cbool's type in cbool contexts.
import __static__
from __static__ import cbool, box


def f(o, b: bool) -> None:
    x: cbool = cbool(o)
    y: cbool = cbool(b)
    z: cbool = cbool(False)
    print(box(x), box(y), box(z), box(x == y))


f(True, False)
# cinder-stdout:
# True False False False
