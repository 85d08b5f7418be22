# A local assigned a base and a subclass in different branches: calls are virtual.
import __static__


class A:
    def f(self) -> str:
        return "A"


class B(A):
    def f(self) -> str:
        return "B"


def pick(flag: bool) -> str:
    if flag:
        x = B()
    else:
        x = A()
    return x.f()


print(pick(True), pick(False))
