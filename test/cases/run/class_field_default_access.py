# `x: T = v` at class level: an instance slot whose class default an unset slot reads;
# instance stores stay on the instance, class stores change the default (static_python.md
# §4.1; Cinder's test_slots_with_default).
import __static__
from typing import Optional


class C:
    x: int = 42
    name: str = "c"
    tag: Optional[str] = None

    def get_x(self) -> int:
        return self.x


class D(C):
    x: int = 3


def from_class_and_instance() -> tuple:
    c = C()
    return (C.x, c.x)


def read(c: C) -> int:
    return c.x


print(from_class_and_instance())
c = C()
c.x = 21
print(C.x, c.x, read(c), c.get_x(), c.tag)
d = D()
print(D.x, d.x, read(d), C.x, d.name, d.get_x())
d.x = 4
print(D.x, d.x, read(d))
fresh = C()
C.x = 21
print(C.x, fresh.x, read(fresh), D.x, read(D()))
fresh.name += "!"
print(fresh.name, C.name)
