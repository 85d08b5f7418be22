# Construction with default and keyword arguments; a subclass inherits __init__.
import __static__
from __static__ import int64, box


class P:
    def __init__(self, x: int64, y: int64 = 7, *, tag: str = "t") -> None:
        self.x: int64 = x
        self.y: int64 = y
        self.tag: str = tag


class Q(P):
    pass


a = P(1)
b = P(1, 2, tag="u")
c = Q(5, y=6)
print(box(a.x), box(a.y), a.tag, box(b.y), b.tag, box(c.x), box(c.y), c.tag, type(c).__name__)
