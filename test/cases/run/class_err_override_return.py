# expect-compile-error: 11:5: class_err_override_return.D.f overrides class_err_override_return.C.f inconsistently. Returned type `str` is not a subtype of the overridden return `int`
import __static__


class C:
    def f(self) -> int:
        return 1


class D(C):
    def f(self) -> str:
        return "a"
