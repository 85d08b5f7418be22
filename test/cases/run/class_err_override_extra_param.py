# Adding a parameter, even with a default, changes the number of arguments.
# expect-compile-error: 12:5: class_err_override_extra_param.D.f overrides class_err_override_extra_param.C.f inconsistently. Number of arguments differ
import __static__


class C:
    def f(self, x: int) -> int:
        return x


class D(C):
    def f(self, x: int, y: int = 0) -> int:
        return x + y
