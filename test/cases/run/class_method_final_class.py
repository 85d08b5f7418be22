# Methods of a final class are called directly, fields still work.
import __static__
from __static__ import int64, box
from typing import final


@final
class Point:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x
        self.y: int64 = y

    def dot(self, o: "Point") -> int64:
        return self.x * o.x + self.y * o.y


p = Point(2, 3)
print(box(p.dot(Point(4, 5))), type(p).__name__)
