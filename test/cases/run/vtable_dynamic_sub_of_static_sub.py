# A class made at run time from a static subclass overrides a method; static calls through
# the root base reach it.
import __static__
from __static__ import int64, box


class A:
    def f(self) -> int64:
        return 1

    def call(self) -> int64:
        return self.f() + 100


class B(A):
    def f(self) -> int64:
        return 2


g = {"B": B}
exec("class D(B):\n    def f(self):\n        return 3\n", g)


def show(objs: list) -> None:
    for o in objs:
        a: A = o
        print(box(a.call()))


show([A(), B(), g["D"]()])
