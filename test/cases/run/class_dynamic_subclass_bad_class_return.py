# A dynamic override returning an object of the wrong class for a class-typed result.
# cinder-stdout:
# B
# cinder-error: TypeError: expected 'B', got 'int'
import __static__


class B:
    def name(self) -> str:
        return "B"


class Maker:
    def make(self) -> B:
        return B()


def use(m: Maker) -> str:
    return m.make().name()


g = {"Maker": Maker}
exec("class Bad(Maker):\n    def make(self):\n        return 7\n", g)
print(use(Maker()))
print(use(g["Bad"]()))
