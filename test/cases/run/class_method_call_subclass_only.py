# A method that exists only on the subclass, called after isinstance narrowing,
# and an inherited one called through the subclass type.
import __static__


class A:
    def base(self) -> str:
        return "base"


class B(A):
    def extra(self) -> str:
        return "extra+" + self.base()


def f(a: A) -> str:
    if isinstance(a, B):
        return a.extra()
    return a.base()


def g(b: B) -> str:
    return b.base()


print(f(A()), f(B()), g(B()))
