# Class bodies: their names are invisible to methods, private names are mangled, and a
# method's free variable that the class also binds gets DEF_FREE_CLASS.
def make():
    x = 1
    y = 2
    class C(Base, metaclass=Meta):
        x = 3
        __private = 4
        _C__other = 5
        __dunder__ = 6
        def m(self, __arg):
            return x + y + self.__private + __arg
        def n(self):
            __local = 1
            return __local
        class Inner:
            __z = 1
            def k(self):
                return __z
    return C

class __Underscores:
    __kept = 1

@decorator(arg)
class D:
    attr: int
    other: int = 1
    print(attr)
