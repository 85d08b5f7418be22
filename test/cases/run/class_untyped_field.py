# `self.x = v` without an annotation is a dynamic slot: any object goes.
import __static__


class C:
    def __init__(self) -> None:
        self.x = 1

    def set(self, v: object) -> None:
        self.x = v


c = C()
print(c.x)
c.set("now a string")
print(c.x)
c.set([1, 2])
print(c.x)
