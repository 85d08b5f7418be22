# expect-compile-error: 11:5: class_err_override_kwonly_name.D.f overrides class_err_override_kwonly_name.C.f inconsistently. Keyword only argument `x` is overridden as `y`
import __static__


class C:
    def f(self, *, x: int) -> int:
        return x


class D(C):
    def f(self, *, y: int) -> int:
        return y
