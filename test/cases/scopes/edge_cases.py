# Corners: __class__ bound in a class body, private names in global/walrus, a class's
# comprehension reading __class__, del of a nonlocal, walrus targets used after the
# comprehension, lambdas inside nested comprehensions, except* and dotted imports.
class A:
    __class__ = 1
    super()
    x = [__class__ for _ in range(2)]
    def f(self):
        global __g
        __g = 1
        return [__h := 1 for _ in range(2)]
    def g(self):
        nonlocal_ok = 1
        class B:
            def h(self):
                nonlocal nonlocal_ok
                return __class__
        return B
    ys = [x for x in range(3) if x in ys]
    def k(self, a=ys, *, b=lambda: ys): pass
def outer():
    v = 1
    class C:
        v = 2
        def m(self): return v
        w = [v for _ in range(2)]
    def gen():
        yield from (v for _ in range(2))
    del v
    return C
def f():
    x = 1
    def g():
        nonlocal x
        del x
try:
    pass
except* ValueError as e:
    pass
import a.b as c, d.e
from . import (q as r)
def h():
    [(j := k) for k in range(3)]
    return j
def deep():
    return [[lambda: (m := i) for i in range(2)] for _ in range(2)]
