# `x: ClassVar[T] = v`: a class attribute only, typed T when read through the class or an
# instance (static_python.md §4.1; Cinder's test_fields::test_annotated_classvar).
import __static__
from typing import ClassVar, Optional


class C:
    count: ClassVar[int] = 3
    label: ClassVar[str] = "c"
    spare: ClassVar[Optional[str]] = None

    def __init__(self) -> None:
        self.x: int = C.count

    def bump(self) -> int:
        C.count += 1
        return self.count


class D(C):
    label: ClassVar[str] = "d"


def from_class() -> int:
    return C.count


def from_instance(c: C) -> int:
    return c.count + 1


def label(c: C) -> str:
    return c.label


print(from_class(), from_instance(C()), C().bump(), C.count, C().x)
print(label(C()), label(D()), D.label, C.label, D.count, C.spare)
C.count = 10
print(from_class(), from_instance(D()))
