# A dynamic store of the wrong type into a class-typed field is refused.
# cinder-error: TypeError: expected 'Inner', got 'str' for attribute 'inner'
import __static__


class Inner:
    pass


class Outer:
    def __init__(self) -> None:
        self.inner: Inner = Inner()


o = Outer()
exec("o.inner = Inner()", {"o": o, "Inner": Inner})
print(type(o.inner).__name__)
exec("o.inner = 'x'", {"o": o})
