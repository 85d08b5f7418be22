# Fields declared in a base class are read and written through a subclass.
import __static__
from __static__ import int32, double, box


class A:
    def __init__(self) -> None:
        self.n: int32 = 1
        self.d: double = 0.5


class B(A):
    def __init__(self) -> None:
        super().__init__()
        self.extra: str = "b"

    def bump(self) -> None:
        self.n += 10
        self.d *= 3.0


b = B()
b.bump()
a: A = b
print(box(a.n), box(a.d), b.extra)
