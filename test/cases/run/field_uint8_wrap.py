# A uint8 field wraps below zero and above 255.
import __static__
from __static__ import uint8, box


class C:
    def __init__(self) -> None:
        self.b: uint8 = 250


c = C()
c.b += 10
print(box(c.b))
c.b -= 5
print(box(c.b))
# cinder-stdout:
# 4
# 255
