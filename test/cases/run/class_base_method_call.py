# Base.method(self, ...) and super().method(...) call the base's code directly.
import __static__
from __static__ import int64, box


class A:
    def f(self, n: int64) -> int64:
        return n + 1


class B(A):
    def f(self, n: int64) -> int64:
        return A.f(self, n) * 10

    def g(self, n: int64) -> int64:
        return super().f(n) * 100


b = B()
print(box(b.f(1)), box(b.g(1)))
