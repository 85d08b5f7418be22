# An early return on `not isinstance(x, B)` narrows x to B for the rest of the function.
import __static__


class A:
    pass


class B(A):
    def __init__(self, t: str) -> None:
        self.t: str = t


def text(a: A) -> str:
    if not isinstance(a, B):
        return "not B"
    return a.t


print(text(A()), text(B("is B")))
