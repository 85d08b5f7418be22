# Too many positional arguments from dynamic code: CPython's wording.
import __static__


def one(a: int) -> int:
    return a


fns = [one]
print(fns[0](5))
print(fns[0](1, 2, 3))
