# super().__init__ at each level initialises the fields of every level.
import __static__
from __static__ import int64, box


class A:
    def __init__(self, a: int64) -> None:
        print("A init")
        self.a: int64 = a


class B(A):
    def __init__(self, a: int64, b: str) -> None:
        super().__init__(a)
        print("B init")
        self.b: str = b


class C(B):
    def __init__(self) -> None:
        super().__init__(7, "seven")
        print("C init")
        self.c: bool = True


c = C()
print(box(c.a), c.b, c.c)
