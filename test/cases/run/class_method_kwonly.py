# Keyword-only parameters on a method, with and without defaults.
import __static__


class K:
    def f(self, a: int, *, b: int, c: str = "c") -> str:
        return str(a) + str(b) + c


k = K()
print(k.f(1, b=2), k.f(1, c="z", b=3))
