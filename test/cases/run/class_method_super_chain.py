# super().m() through three levels.
import __static__


class A:
    def path(self) -> str:
        return "A"


class B(A):
    def path(self) -> str:
        return super().path() + "B"


class C(B):
    def path(self) -> str:
        return super().path() + "C"


print(A().path(), B().path(), C().path())
