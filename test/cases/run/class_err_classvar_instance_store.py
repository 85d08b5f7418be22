# expect-compile-error: 10:9: Cannot assign to classvar 'n' on 'class_err_classvar_instance_store.C' instance
# expect-compile-error: 14:5: Cannot assign to classvar 'n' on 'class_err_classvar_instance_store.C' instance
import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = 42
    def __init__(self) -> None:
        self.n = 42


def f(c: C) -> None:
    c.n = 4
