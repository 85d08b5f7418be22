# expect-compile-error: 11:5: class_err_override_param_type.D.f overrides class_err_override_param_type.C.f inconsistently. Parameter x of type `str` is not a supertype of the overridden parameter `int`
import __static__


class C:
    def f(self, x: int) -> int:
        return x


class D(C):
    def f(self, x: str) -> int:
        return 2
