# `x is None or x.attr ...` narrows x on the right of `or`.
import __static__
from typing import Optional


class C:
    def __init__(self, s: str) -> None:
        self.s: str = s


def blank(c: Optional[C]) -> bool:
    return c is None or c.s == ""


def check(c: Optional[C]) -> str:
    if c is None or c.s == "skip":
        return "skipped"
    return c.s


print(blank(None), blank(C("")), blank(C("a")), check(None), check(C("skip")), check(C("ok")))
