# expect-compile-error: 12:12: Optional[class_err_optional_method_call.C]: 'NoneType' object has no attribute 'f'
import __static__
from typing import Optional


class C:
    def f(self) -> int:
        return 1


def g(c: Optional[C]) -> int:
    return c.f()
