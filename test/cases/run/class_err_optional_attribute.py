# expect-compile-error: 12:12: Optional[class_err_optional_attribute.C]: 'NoneType' object has no attribute 'x'
import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: int = 1


def f(c: Optional[C]) -> int:
    return c.x
