# *args parameters are outside what compiles today.
# expect-compile-error: 6:1: *args, **kwargs and positional-only parameters is not supported yet
import __static__


def f(a: int, *rest) -> int:
    return a
