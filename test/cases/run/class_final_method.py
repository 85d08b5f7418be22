# final methods and classes are called directly.
import __static__
from __static__ import int64, box
from typing import final


class A:
    @final
    def f(self) -> int64:
        return 10

    def g(self) -> int64:
        return self.f() + 1


@final
class B(A):
    def g(self) -> int64:
        return 100


print(box(A().g()), box(B().g()), box(B().f()))
