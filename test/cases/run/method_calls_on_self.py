# Methods calling other methods on self, with a field updated between calls.
import __static__
from __static__ import int64, box


class Acc:
    def __init__(self) -> None:
        self.total: int64 = 0

    def add(self, n: int64) -> "Acc":
        self.total += n
        return self

    def add_twice(self, n: int64) -> int64:
        self.add(n).add(n)
        return self.get()

    def get(self) -> int64:
        return self.total


a = Acc()
print(box(a.add_twice(5)), box(a.add_twice(1)))
