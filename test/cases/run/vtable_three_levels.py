# Overrides three levels deep dispatch through a base-typed reference.
import __static__
from __static__ import int64, box


class A:
    def f(self) -> int64:
        return 1

    def g(self) -> int64:
        return self.f() * 10


class B(A):
    def f(self) -> int64:
        return 2


class C(B):
    def f(self) -> int64:
        return 3


def call(a: A) -> int64:
    return a.g()


print(box(call(A())), box(call(B())), box(call(C())))
