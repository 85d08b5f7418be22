# A middle class without an override inherits the base's slot; the leaf overrides again.
import __static__
from __static__ import int64, box


class A:
    def f(self) -> int64:
        return 1


class B(A):
    def g(self) -> int64:
        return self.f() + 10


class C(B):
    def f(self) -> int64:
        return 5


def run(b: B) -> int64:
    return b.g()


print(box(run(B())), box(run(C())))
