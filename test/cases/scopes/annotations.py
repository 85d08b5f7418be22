# Annotations without the future import are evaluated: their names are uses, outside.
def f(a: Foo, *args: Bar, b: (lambda: Baz) = 1, **kw: Qux) -> Ret:
    x: Local = 1
    y: Other
    return x

class C:
    attr: ClassVar[int]
    value: int = 0
    def m(self, other: C) -> C:
        return self
