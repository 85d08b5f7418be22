# expect-compile-error: 14:12: mismatched types: expected class_err_return_wrong_class.A because of return type, found class_err_return_wrong_class.B instead
import __static__


class A:
    pass


class B:
    pass


def f() -> A:
    return B()
