# Reading an object field that was never set raises AttributeError; a primitive reads 0.
# cinder-stdout:
# 0
# cinder-error: AttributeError: 'C' object has no attribute 'name'
import __static__
from __static__ import int64, box


class C:
    name: str
    count: int64

    def __init__(self) -> None:
        pass


c = C()
print(box(c.count))
print(c.name)
