# Patching a method and putting the original back: static callers follow both changes.
import __static__


class C:
    def f(self) -> str:
        return "orig"


def call(c: C) -> str:
    return c.f()


c = C()
orig = C.f
print(call(c))
exec("C.f = lambda self: 'patched'", {"C": C})
print(call(c))
C.f = orig
print(call(c))
