# expect-compile-error: 11:5: class_err_override_kwonly_vs_positional.D.f overrides class_err_override_kwonly_vs_positional.C.f inconsistently. `x` differs by keyword only vs positional
import __static__


class C:
    def f(self, x: int) -> int:
        return x


class D(C):
    def f(self, *, x: int) -> int:
        return x
