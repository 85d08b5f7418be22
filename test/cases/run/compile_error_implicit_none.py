# A function declared `-> int` whose body can fall off the end.
# expect-compile-error: 6:1: Function has declared return type 'int' but can implicitly return None.
import __static__


def f(x: int) -> int:
    if x > 0:
        return 1
