# A field of class type: chained reads and writes go through typed slots.
import __static__
from __static__ import int64, box


class Inner:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


class Outer:
    def __init__(self) -> None:
        self.inner: Inner = Inner(1)


o = Outer()
o.inner.v += 41
o.inner = Inner(o.inner.v * 2)
print(box(o.inner.v))
