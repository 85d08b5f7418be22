# Property setters and deleters on static classes (Cinder's test_property): static stores
# are checked against the setter's parameter and call it (directly when the property or
# class is final, else through the property, so overrides are honoured).
import __static__
from typing import final


class C:
    def __init__(self, x: int) -> None:
        self.x: int = x

    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x

    @foo.deleter
    def foo(self) -> None:
        self.x = 0


class D(C):
    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x + 1


@final
class F:
    def __init__(self) -> None:
        self.x: int = 2

    @property
    def neg(self) -> int:
        return -self.x

    @neg.setter
    def neg(self, x: int) -> None:
        self.x = -x


class G:
    def __init__(self) -> None:
        self.x: int = 0

    @final
    @property
    def foo(self) -> int:
        return self.x * 10

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x


def store(c: C, v: int) -> None:
    c.foo = v


def store_f(f: F) -> int:
    f.neg = 3
    return f.x


def store_g(g: G) -> int:
    g.foo = 4
    return g.foo


c = C(1)
store(c, 3)
d = D(1)
store(d, 3)
print(c.foo, d.foo, c.x, d.x)
del c.foo
print(c.foo)
c.foo = 7
print(c.x, store_f(F()), store_g(G()))
def get_x(self):
    return self.x


def set_x100(self, v):
    self.x = v * 100


Dyn = type("Dyn", (C,), {"foo": property(get_x, set_x100)})
dyn = Dyn(0)
store(dyn, 2)
print(dyn.x)
