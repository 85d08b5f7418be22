# Replacing a method with a non-callable makes static calls raise TypeError.
import __static__


class C:
    def f(self) -> int:
        return 1


def call(c: C) -> int:
    return c.f()


print(call(C()))
exec("C.f = 3", {"C": C})
print(call(C()))
