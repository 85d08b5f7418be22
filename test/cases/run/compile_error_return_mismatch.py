# Returning a str from a function declared to return int.
# expect-compile-error: 7:12: mismatched types: expected int because of return type, found str instead
import __static__


def f() -> int:
    return "no"
