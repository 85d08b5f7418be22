# A conditional expression narrows its test's subject in each arm.
import __static__
from typing import Optional


class C:
    def __init__(self, s: str) -> None:
        self.s: str = s


def name(c: Optional[C]) -> str:
    return c.s if c is not None else "anon"


def name2(c: Optional[C]) -> str:
    return "anon" if c is None else c.s


print(name(C("x")), name(None), name2(C("y")), name2(None))
