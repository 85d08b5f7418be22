# A class without __init__ constructs with no arguments; fields are set afterwards.
import __static__
from __static__ import int64, box


class P:
    x: int64
    name: str

    def show(self) -> str:
        return self.name + str(box(self.x))


p = P()
p.x = 3
p.name = "p"
print(p.show())
