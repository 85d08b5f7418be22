# cbool(obj) of a dynamic value that is not a bool raises TypeError at run time. The twin's
# cbool(2) is the int 2.
import __static__
from __static__ import cbool, box


def f(o) -> None:
    x: cbool = cbool(o)
    print(box(x))


f(True)
f(2)
# cinder-stdout:
# True
# cinder-error: TypeError: expected 'bool', got 'int'
