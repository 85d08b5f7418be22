# An unknown keyword argument from dynamic code: CPython's wording.
import __static__


def one(a: int) -> int:
    return a


fns = [one]
print(fns[0](a=5))
print(fns[0](b=5))
