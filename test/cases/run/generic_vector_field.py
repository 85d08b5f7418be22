# A Vector in a typed field of a static class, appended to and read through self.
import __static__
from __static__ import Vector, box, double


class Series:
    def __init__(self) -> None:
        self.values: Vector[double] = Vector[double]()

    def add(self, x: double) -> None:
        self.values.append(x)

    def mean(self) -> double:
        s: double = 0.0
        n: double = 0.0
        for x in self.values:
            s += x
            n += 1.0
        return s / n


s = Series()
s.add(1.0)
s.add(2.5)
s.add(-0.5)
print(box(s.mean()), s.values, len(s.values))
