# An override may not narrow a parameter to a subclass.
# expect-compile-error: 20:5: class_err_override_param_subclass.D.f overrides class_err_override_param_subclass.C.f inconsistently. Parameter a of type `class_err_override_param_subclass.B` is not a supertype of the overridden parameter `class_err_override_param_subclass.A`
import __static__


class A:
    pass


class B(A):
    pass


class C:
    def f(self, a: A) -> None:
        pass


class D(C):
    def f(self, a: B) -> None:
        pass
