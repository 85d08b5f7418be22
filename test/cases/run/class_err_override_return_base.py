# An override may not widen its return type to a base class.
# expect-compile-error: 20:5: class_err_override_return_base.D.f overrides class_err_override_return_base.C.f inconsistently. Returned type `class_err_override_return_base.A` is not a subtype of the overridden return `class_err_override_return_base.B`
import __static__


class A:
    pass


class B(A):
    pass


class C:
    def f(self) -> B:
        return B()


class D(C):
    def f(self) -> A:
        return A()
