# `C | None` annotations behave like Optional[C].
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 4


def f(c: C | None) -> int:
    if c is not None:
        return c.x
    return 0


def g() -> C | None:
    return None


print(f(C()), f(None), f(g()))
