# expect-compile-error: 12:5: class_err_override_primitive_return.D.f overrides class_err_override_primitive_return.C.f inconsistently. Returned type `int` is not a subtype of the overridden return `int64`
import __static__
from __static__ import int64


class C:
    def f(self) -> int64:
        return 1


class D(C):
    def f(self) -> int:
        return 1
