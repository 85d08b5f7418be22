# cast to a base class accepts a subclass instance; cast of a bool to int is accepted.
import __static__
from __static__ import cast, int64, box


class A:
    def __init__(self) -> None:
        self.v: int64 = 3


class B(A):
    pass


def f(o: object) -> int64:
    a = cast(A, o)
    return a.v


def g(o: object) -> int:
    return cast(int, o) + 1


print(box(f(B())), g(True), type(cast(A, B())).__name__)
