# cbool has no arithmetic.
# expect-compile-error: 8:12: cbool is not a valid operand type for add
import __static__
from __static__ import cbool


def f(a: cbool, b: cbool) -> cbool:
    return a + b
