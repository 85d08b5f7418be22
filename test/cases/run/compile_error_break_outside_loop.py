# `break` outside any loop is rejected, as CPython's compiler does.
# expect-compile-error: 8:9: 'break' outside loop
import __static__


def f(x: int) -> None:
    if x:
        break
