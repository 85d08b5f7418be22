# A dynamic subclass with its own __init__ calling the static one, and extra attributes.
import __static__
from __static__ import int64, box


class Base:
    def __init__(self, n: int64) -> None:
        self.n: int64 = n

    def get(self) -> int64:
        return self.n


def read(b: Base) -> int64:
    return b.get()


g = {"Base": Base}
exec("""
class Dyn(Base):
    def __init__(self, n, extra):
        super().__init__(n * 2)
        self.extra = extra
d = Dyn(4, "e")
""", g)
print(box(read(g["d"])), g["d"].extra, g["d"].n)
