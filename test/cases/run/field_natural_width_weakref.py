# Two cbool fields share a word, and a __weakref__ slot follows the fields (Cinder's
# test_primitive_with_weakref: the instance is two words larger than an empty one).
import __static__
from __static__ import cbool
from typing import Any
import sys
import weakref


class Empty:
    pass


class C:
    __weakref__: Any

    def __init__(self) -> None:
        self.foo: cbool = False
        self.bar: cbool = True


def flip(c: C) -> None:
    c.foo = not c.foo
    c.bar = not c.bar


c = C()
print(sys.getsizeof(c) - sys.getsizeof(Empty()))
flip(c)
print(getattr(c, "foo"), getattr(c, "bar"))
called = []
ref = weakref.ref(c, called.append)
print(ref() is c)
del c
print(len(called))
# cinder-stdout:
# 16
# True False
# True
# 1
