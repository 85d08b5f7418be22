# CAST accepts subclasses: a bool flows into an `int` local, an int into a `float` one.
import __static__


def as_int(xs: list) -> int:
    v: int = xs[0]
    return v + 1


def as_float(xs: list) -> float:
    f: float = xs[0]
    return f * 2


print(as_int([True]), as_int([41]), as_float([3]), as_float([1.25]))
