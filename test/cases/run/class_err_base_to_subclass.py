# A base-class value cannot be assigned to a subclass-typed local.
# expect-compile-error: 15:12: type mismatch: class_err_base_to_subclass.A cannot be assigned to class_err_base_to_subclass.B
import __static__


class A:
    pass


class B(A):
    pass


def f(a: A) -> None:
    b: B = a
