# expect-compile-error: 9:5: Cannot re-declare member 'X' in 'class_err_classvar_redeclared.C'
# expect-compile-error: 14:5: Cannot re-declare member 'Y' in 'class_err_classvar_redeclared.D'
import __static__
from typing import ClassVar


class C:
    X: ClassVar[int] = 42
    X: int


class D:
    Y: int
    Y: ClassVar[int] = 42
