# __name__, __qualname__ and __module__ of a static class, its methods and instances.
import __static__


class Outer:
    def meth(self) -> int:
        return 1


o = Outer()
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.meth.__name__, Outer.meth.__qualname__, Outer.meth.__module__)
print(type(o).__name__, o.meth.__qualname__, o.__class__ is Outer)
