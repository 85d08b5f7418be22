# expect-compile-error: 12:9: Cannot assign to classvar 'n' on 'class_err_classvar_subclass_init.D' instance
import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = 42


class D(C):
    def __init__(self) -> None:
        self.n = 1
