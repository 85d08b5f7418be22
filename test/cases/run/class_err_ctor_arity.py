# expect-compile-error: 10:1: Mismatched number of args for class_err_ctor_arity.C.__init__. Expected 1, got 2
import __static__


class C:
    def __init__(self, x: int) -> None:
        self.x: int = x


C(1, 2)
