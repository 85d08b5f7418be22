# Final is not valid on a parameter annotation.
# expect-compile-error: 7:10: Final annotation is only valid in initial declaration of attribute or module-level constant
import __static__
from typing import Final


def f(x: Final[int]) -> int:
    return x
