# A dynamic subclass may override a field with a class default by a property or a plain
# class attribute; static reads through the base type see it.
import __static__


class C:
    x: int = 1


def read(c: C) -> int:
    return c.x


def two(self) -> int:
    return 2


P = type("P", (C,), {"x": property(two)})
A = type("A", (C,), {"x": 3})
print(read(C()), read(P()), read(A()), A.x)
