# Annotations may name classes defined later in the module.
import __static__
from __static__ import int64, box
from typing import Optional


class A:
    def __init__(self) -> None:
        self.b: Optional[B] = None

    def link(self, b: "B") -> int64:
        self.b = b
        return b.n


class B:
    def __init__(self, n: int64) -> None:
        self.n: int64 = n


a = A()
print(box(a.link(B(4))), a.b is not None)
