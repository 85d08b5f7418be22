# Assigning a new function to the class attribute: static callers call it.
import __static__
from __static__ import int64, box


class C:
    def f(self) -> int64:
        return 1


def call(c: C) -> int64:
    return c.f()


c = C()
print(box(call(c)))
exec("C.f = lambda self: 42", {"C": C})
print(box(call(c)))
