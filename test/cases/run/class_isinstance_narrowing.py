# isinstance narrows a local to the static class.
import __static__
from __static__ import int64, box


class A:
    def __init__(self) -> None:
        self.a: int64 = 1


class B(A):
    def __init__(self) -> None:
        super().__init__()
        self.b: int64 = 2


def f(x: A) -> int64:
    if isinstance(x, B):
        return x.b
    return x.a


print(box(f(A())), box(f(B())))
