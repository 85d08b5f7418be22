# A local first inferred as a static class and then rejected (one of its assignments stays
# dynamic) is dynamic in the end: a method call on it is an ordinary Python call, not a
# vtable call on whatever object it holds.
import __static__


class C:
    def m(self) -> int:
        return 1


g: dict = {}
exec("class D:\n    def m(self):\n        return 'dynamic'\n", g)


def make(i: int):
    return g["D"]()


def f() -> None:
    x = C()
    i = 0
    while i < 3:
        print(x.m())
        x = make(i)
        i += 1


f()
