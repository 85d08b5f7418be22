# expect-compile-error: 11:5: class_err_override_arg_count.D.f overrides class_err_override_arg_count.C.f inconsistently. Number of arguments differ
import __static__


class C:
    def f(self, x: int) -> int:
        return x


class D(C):
    def f(self) -> int:
        return 2
