# A final method may not be overridden further down, through an intermediate class.
# expect-compile-error: 18:5: Cannot assign to a Final attribute of class_err_final_override_grandchild.E:f
import __static__
from typing import final


class C:
    @final
    def f(self) -> int:
        return 1


class D(C):
    pass


class E(D):
    def f(self) -> int:
        return 3
