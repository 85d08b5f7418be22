# Subclasses two levels down without __init__ use the root's.
import __static__


class A:
    def __init__(self, v: str) -> None:
        self.v: str = v


class B(A):
    def tag(self) -> str:
        return "B" + self.v


class C(B):
    pass


c = C("x")
print(c.v, c.tag(), isinstance(c, A))
