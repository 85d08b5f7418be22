# expect-compile-error: 13:5: Cannot assign to a Final attribute of class_err_final_override.D:f
import __static__
from typing import final


class C:
    @final
    def f(self) -> int:
        return 1


class D(C):
    def f(self) -> int:
        return 2
