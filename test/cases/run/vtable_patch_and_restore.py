# Patching a method on the class via exec reaches static callers; restoring it does too.
import __static__
from __static__ import int64, box


class C:
    def f(self) -> int64:
        return 1


def call(c: C) -> int64:
    return c.f()


c = C()
orig = C.f
print(box(call(c)))
exec("C.f = lambda self: 42", {"C": C})
print(box(call(c)))
C.f = orig
print(box(call(c)))
