# Class attributes, docstrings, names.
import __static__


class C:
    """A documented class."""
    kind = "c"
    size = len(kind) + 1

    def m(self) -> str:
        return self.kind


c = C()
print(C.__doc__, C.kind, C.size, c.m(), C.__name__, C.__qualname__, C.__module__)
print(C.m.__qualname__, isinstance(c, C), type(c) is C)
