# char and cbool fields store and box.
import __static__
from __static__ import char, cbool, box


class C:
    def __init__(self) -> None:
        self.c: char = 65
        self.ok: cbool = False


x = C()
x.c += 1
x.ok = x.c == 66
print(box(x.c), box(x.ok))
