# expect-compile-error: 6:10: ClassVar is allowed only in class attribute annotations.
# expect-compile-error: 11:5: ClassVar is allowed only in class attribute annotations.
import __static__
from typing import ClassVar

def f(x: ClassVar[int]) -> None:
    pass


def g() -> None:
    x: ClassVar[int] = 3
