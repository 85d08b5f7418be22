# A subclass made at run time overrides a method; static callers through the base reach it.
import __static__
from __static__ import int64, box


class Base:
    def value(self) -> int64:
        return 1

    def twice(self) -> int64:
        return self.value() * 2


g = {"Base": Base}
exec("class Dyn(Base):\n    def value(self):\n        return 21\n", g)
d: Base = g["Dyn"]()
print(box(d.twice()), box(Base().twice()))
