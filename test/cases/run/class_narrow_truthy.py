# `if x:` on an Optional[C] local narrows it to C.
import __static__
from typing import Optional


class C:
    def __init__(self, n: int) -> None:
        self.n: int = n


def f(c: Optional[C]) -> int:
    if c:
        return c.n
    return -1


print(f(C(5)), f(None))
