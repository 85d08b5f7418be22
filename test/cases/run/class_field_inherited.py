# A subclass reads and writes the fields its base declared, next to its own.
import __static__
from __static__ import int64, box


class A:
    def __init__(self, a: int64) -> None:
        self.a: int64 = a
        self.tag: str = "A"


class B(A):
    def __init__(self, a: int64, b: int64) -> None:
        super().__init__(a)
        self.b: int64 = b

    def total(self) -> int64:
        self.a += 1
        return self.a + self.b


b = B(1, 10)
print(box(b.total()), box(b.a), b.tag)
b.tag = "B"
print(b.tag)
