# Reassigning a narrowed local takes the new value's type.
import __static__
from typing import Optional


class C:
    def __init__(self, n: int) -> None:
        self.n: int = n


def f(c: Optional[C]) -> int:
    if c is None:
        c = C(100)
    return c.n


print(f(None), f(C(1)))
