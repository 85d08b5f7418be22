# Default parameter values are outside the supported slice.
# expect-compile-error: 6:1: default values, *args, **kwargs and keyword-only parameters is not supported yet
import __static__


def f(x: int = 1) -> int:
    return x
