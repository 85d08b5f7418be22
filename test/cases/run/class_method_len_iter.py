# __len__ and __getitem__ defined statically, used by builtins and Python code.
import __static__
from __static__ import int64, box


class Range3:
    def __init__(self, start: int64) -> None:
        self.start: int64 = start

    def __len__(self) -> int:
        return 3

    def __getitem__(self, i: int) -> int:
        if i >= 3:
            raise IndexError(i)
        return box(self.start) + i


r = Range3(10)
print(len(r), r[1], list(r), 11 in r)
