# assert isinstance(...) narrows; a failed assert raises AssertionError.
# cinder-stdout:
# sub
# cinder-error: AssertionError
import __static__


class A:
    pass


class B(A):
    def name(self) -> str:
        return "sub"


def name(a: A) -> str:
    assert isinstance(a, B)
    return a.name()


print(name(B()))
print(name(A()))
