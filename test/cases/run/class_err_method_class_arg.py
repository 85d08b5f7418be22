# Passing an instance of an unrelated class where a class is expected.
# expect-compile-error: 19:10: type mismatch: class_err_method_class_arg.B received for positional arg 'a', expected class_err_method_class_arg.A
import __static__


class A:
    pass


class B:
    pass


class U:
    def take(self, a: A) -> None:
        pass


U().take(B())
