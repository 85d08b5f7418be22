# expect-compile-error: 11:1: Mismatched number of args for class_err_method_arity.C.f. Expected 1, got 3
import __static__


class C:
    def f(self, x: int) -> int:
        return x


c = C()
c.f(1, 2, 3)
