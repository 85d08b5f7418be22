# Final is not valid on a local variable either.
# expect-compile-error: 8:8: Final annotation is only valid in initial declaration of attribute or module-level constant
import __static__
from typing import Final


def f() -> int:
    y: Final[int] = 3
    return y
