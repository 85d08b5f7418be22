# Augmented assignment on a double field.
import __static__
from __static__ import double, box


class C:
    def __init__(self) -> None:
        self.d: double = 1.5

    def step(self) -> None:
        self.d *= 2.0
        self.d += 0.25
        self.d -= 1.0


c = C()
c.step()
c.step()
print(box(c.d))
