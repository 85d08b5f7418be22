# Unannotated locals holding instances take their type from what is assigned, loops included.
import __static__
from __static__ import double, box


class V:
    def __init__(self, x: double) -> None:
        self.x: double = x

    def add(self, o: "V") -> "V":
        return V(self.x + o.x)


def f(n: int) -> double:
    acc = V(0.0)
    one = V(1.0)
    for _ in range(n):
        acc = acc.add(one)
    return acc.x


def g(flag: bool) -> str:
    x = V(1.0)
    if flag:
        x = "a string"
    return str(x)[:1]


print(box(f(5)), g(True), g(False))
