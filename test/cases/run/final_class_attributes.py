# Final in static classes (static_python.md §4.4): `x: Final[T]` fields assigned in
# __init__ (conditionally too), `self.y: Final[T] = v`, and class-level `K: Final[T] = v`
# (implicitly a ClassVar).
import __static__
from typing import Final


class C:
    K: Final[int] = 3
    x: Final[int]

    def __init__(self, big: bool) -> None:
        if big:
            self.x = 100
        else:
            self.x = 1
        self.label: Final[str] = "c" + str(self.x)

    def total(self) -> int:
        return self.x + self.K + C.K


class D(C):
    def describe(self) -> str:
        return self.label + "/" + str(self.x)


def k() -> int:
    return C.K * D.K


c = C(True)
print(c.x, c.label, c.total(), C.K, k(), D(False).describe())
