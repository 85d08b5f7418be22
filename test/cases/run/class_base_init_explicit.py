# Base.__init__(self, ...) called explicitly instead of super().
import __static__


class A:
    def __init__(self, s: str) -> None:
        self.s: str = s


class B(A):
    def __init__(self) -> None:
        A.__init__(self, "from B")


print(B().s)
