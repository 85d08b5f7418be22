# dynamic
# Ordinary classes can be patched and given new attributes at run time.
class C:
    def f(self):
        return 1


c = C()
print(c.f())
def two(self):
    return 2


def g(self):
    return self.f() * 10


C.f = two
C.g = g
c.extra = "e"
print(c.f(), c.g(), c.extra, hasattr(C, "__slots__"))
