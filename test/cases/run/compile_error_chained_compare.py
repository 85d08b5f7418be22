# Chained comparisons are not supported yet.
# expect-compile-error: 7:12: chained comparison is not supported yet
import __static__


def f(a: int, b: int, c: int) -> bool:
    return a < b < c
