# A class-level annotation declares a slot that any method may set.
# An unset int64 field reads 0, so `+= 1` works (CPython's twin raises AttributeError).
# cinder-stdout:
# 2 b
# cinder-error: none
import __static__
from __static__ import int64, box


class Counter:
    count: int64
    last: str

    def hit(self, who: str) -> None:
        self.count += 1
        self.last = who


c = Counter()
c.hit("a")
c.hit("b")
print(box(c.count), c.last)
