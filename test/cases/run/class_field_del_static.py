# `del self.x` in static code, then a store sets it again.
# cinder-stdout:
# True
# False
# 5
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1

    def clear(self) -> None:
        del self.x

    def set(self, v: int) -> None:
        self.x = v


c = C()
print(hasattr(c, "x"))
c.clear()
print(hasattr(c, "x"))
c.set(5)
print(c.x)
