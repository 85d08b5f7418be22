# Dunder methods work from Python code (print, ==, hash).
import __static__
from __static__ import int64, box


class V:
    def __init__(self, x: int64) -> None:
        self.x: int64 = x

    def __repr__(self) -> str:
        return "V(" + str(box(self.x)) + ")"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, V) and box(other.x) == box(self.x)

    def __hash__(self) -> int:
        return box(self.x)


print(V(3), [V(1), V(2)])
print(V(3) == V(3), V(3) == V(4), V(3) == 3, hash(V(9)))
