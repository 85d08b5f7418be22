# expect-compile-error: 19:13: type mismatch: str cannot be assigned to int
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 0

    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x


def f(c: C) -> None:
    c.foo = "a"
