# Methods returning the class type (string annotation) chain.
import __static__
from __static__ import int64, box


class B:
    def __init__(self) -> None:
        self.n: int64 = 0

    def add(self, k: int64) -> "B":
        self.n += k
        return self


print(box(B().add(1).add(2).add(3).n))
