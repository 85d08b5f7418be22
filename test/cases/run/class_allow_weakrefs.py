# @allow_weakrefs and `__weakref__: Any` give a static class's instances a __weakref__
# slot (after the fields); `__dict__: Any` gives them an attribute dict (static_python.md
# §4.1; Cinder's test_fields::test_explicit_weakref, ::test_explicit_dict). The dict holds
# only what is not a field.
# cinder-stdout:
# True 1
# True
# c 5
# {'extra': 42} 2 42
# None
# True
import __static__
from __static__ import allow_weakrefs, cbool
from typing import Any
import weakref


@allow_weakrefs
class A:
    def __init__(self) -> None:
        self.x: int = 1


class B:
    __weakref__: Any

    def __init__(self) -> None:
        self.foo: cbool = False
        self.bar: cbool = True


class C(A):
    def __init__(self) -> None:
        self.y: str = "c"


class D:
    __dict__: Any
    __weakref__: Any

    def __init__(self) -> None:
        self.x: int = 2


def get_dict(d: D) -> dict:
    return d.__dict__


a = A()
r = weakref.ref(a)
print(r() is a, r().x)
b = B()
print(weakref.ref(b)().bar)
c = C()
c.x = 5
print(weakref.ref(c)().y, c.x)
d = D()
d.extra = 42
print(get_dict(d), d.x, d.extra)
del a
print(r())


class E(D):
    __weakref__: Any
    __dict__: Any

    def __init__(self) -> None:
        self.z: int = 3


e = E()
e.more = 1
print(weakref.ref(e)() is e)
