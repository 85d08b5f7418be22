# Narrowing is lost after an if without else: the field read is an error.
# expect-compile-error: 16:12: Optional[class_err_optional_field_after_join.C]: 'NoneType' object has no attribute 'x'
import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: int = 1


def f(c: Optional[C], flag: bool) -> int:
    if flag:
        if c is not None:
            print(c.x)
    return c.x
