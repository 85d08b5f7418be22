"""Docstring first."""
from __future__ import annotations

# With postponed annotations, names in annotations are not uses, and lambdas there are
# not tables.
def f(a: Foo, *args: Bar, b: (lambda: Baz) = 1, **kw: Qux) -> Ret:
    x: Local = 1
    return x

class C:
    attr: ClassVar[int]
    def m(self) -> C:
        return self
