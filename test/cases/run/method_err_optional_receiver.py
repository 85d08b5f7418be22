# expect-compile-error: 13:11: Optional[method_err_optional_receiver.C]: 'NoneType' object has no attribute 'f'
# Calling a method on an Optional value is a compile error.
import __static__
from typing import Optional


class C:
    def f(self) -> int:
        return 1


def g(c: Optional[C]) -> None:
    print(c.f())
