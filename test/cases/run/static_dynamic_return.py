# @dynamic_return: the declared return type is not checked (no CAST) and callers see a
# dynamic result, so a function may return something other than what it declares.
import __static__
from __static__ import dynamic_return


@dynamic_return
def f(x) -> int:
    return x


def g() -> str:
    return "g"


v = f("not an int")
print(v, type(v).__name__, f(3) + 1, g())
