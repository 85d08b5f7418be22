# A dynamic override returning the wrong type fails where the static caller receives it.
# cinder-error: TypeError: expected 'int', got 'str'
# cinder-stdout:
# 1
import __static__
from __static__ import int64, box


class C:
    def f(self) -> int64:
        return 1


def call(c: C) -> int64:
    return c.f()


g = {"C": C}
exec("class D(C):\n    def f(self):\n        return 'nope'\n", g)
print(box(call(C())))
print(box(call(g["D"]())))
