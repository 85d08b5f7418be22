# Patching a base method: a subclass that does not override it sees the patch too.
import __static__


class A:
    def f(self) -> str:
        return "A"


class B(A):
    pass


class C(A):
    def f(self) -> str:
        return "C"


def call(a: A) -> str:
    return a.f()


exec("A.f = lambda self: 'patched ' + type(self).__name__", {"A": A})
print(call(A()), call(B()), call(C()))
