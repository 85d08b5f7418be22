# A compiled function is a function object: its name, qualified name, module, type name.
import __static__


def area(w: int, h: int) -> int:
    return w * h


print(area.__name__, area.__qualname__, area.__module__)
print(type(area).__name__, callable(area))
