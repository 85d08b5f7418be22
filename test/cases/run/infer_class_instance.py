# An unannotated local assigned a constructor call has the class's type, so its int64 field
# is read as a primitive.
import __static__
from __static__ import int64, box


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def f() -> int64:
    c = C(20)
    return c.v * 2 + 2


print(box(f()))
