# Wrong arity from dynamic code is CPython's own TypeError wording.
import __static__


def pair(a: int, b: int) -> int:
    return a * 10 + b


fns = [pair]
print(fns[0](1, 2))
print(fns[0](1))
