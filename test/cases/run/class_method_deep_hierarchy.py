# Four levels; an override in the middle is what the leaf inherits.
import __static__


class A:
    def who(self) -> str:
        return "A"

    def name(self) -> str:
        return "name:" + self.who()


class B(A):
    pass


class C(B):
    def who(self) -> str:
        return "C"


class D(C):
    pass


def show(x: A) -> str:
    return x.name()


print(show(A()), show(B()), show(C()), show(D()))
